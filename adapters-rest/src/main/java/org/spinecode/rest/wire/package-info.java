/**
 * The JSON wire contract (CONTRACT.md) as records, and the codec that turns them into domain
 * values and back. Jackson never touches a domain type.
 */
package org.spinecode.rest.wire;
