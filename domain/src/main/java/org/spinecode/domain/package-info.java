/**
 * SpineCode's hexagon: spinal anatomy, encounters, claim lines, the code catalogue with its payer
 * policies, and the coding engine. Pure Java; Immutables is its only build-time dependency.
 */
@DomainStyle
package org.spinecode.domain;
