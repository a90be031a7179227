/**
 * The stable surface a procedure-family plugin compiles against: {@link
 * org.spinecode.plugin.FamilyPlugin} and its {@link org.spinecode.plugin.PluginDescriptor}, plus
 * the discovery that finds plugins on the class path and in a folder of drop-in jars and checks
 * that they fit together ({@link org.spinecode.plugin.PluginRegistry}). New methods arrive as
 * {@code default} methods, so a plugin built against an older version keeps working.
 */
@DomainStyle
package org.spinecode.plugin;

import org.spinecode.domain.DomainStyle;
