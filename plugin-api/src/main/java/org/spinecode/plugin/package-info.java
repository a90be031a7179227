/**
 * The stable surface a procedure-family plugin compiles against (SPI 3): {@link
 * org.spinecode.plugin.FamilyPlugin}, its {@link org.spinecode.plugin.PluginDescriptor} and
 * {@link org.spinecode.plugin.FamilyClaim}s, and the {@link org.spinecode.plugin.FamilyContext} the
 * host hands its coder; the readers of a family's own jar tables are in {@code plugin.data}. The
 * host that discovers plugins, loads the reference data and composes the product is
 * {@code plugin.host}, which no family uses. New methods arrive as {@code default} methods, so a
 * plugin built against an older version keeps working.
 */
@DomainStyle
package org.spinecode.plugin;

import org.spinecode.domain.DomainStyle;
