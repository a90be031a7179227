/**
 * A drop-in procedure family built from outside the core: radiofrequency ablation of the nerves
 * of the facet joints, 64633-64636. It compiles against plugin-api only (at {@code provided}
 * scope), declares its Medicare rules as dated data on its code definitions, and leaves bilateral
 * styles, modifiers and payer policy to the engine. Only {@link
 * org.spinecode.examples.rfa.RadiofrequencyAblationPlugin} is public. See {@code docs/PLUGINS.md}.
 */
package org.spinecode.examples.rfa;
