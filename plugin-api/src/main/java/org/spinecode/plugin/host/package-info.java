/**
 * The host: what turns plugins and reference data into a running product, used by the product's
 * adapters (CLI, REST, Spark job, benchmarks) and by library users, never by a family. It holds
 * plugin discovery and the registry, the reference-data loaders (code dates, payer policies, claim
 * conventions, CMS's NCCI and fee-schedule files), and {@link
 * org.spinecode.plugin.host.Installation}, the one composition root: it resolves every family's code
 * rows once against the data in force and builds the coder, the checker, the catalogue and the data
 * listing from the same resolution.
 */
@DomainStyle
package org.spinecode.plugin.host;

import org.spinecode.domain.DomainStyle;
