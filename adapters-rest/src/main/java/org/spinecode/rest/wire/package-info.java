/**
 * The JSON wire contract (CONTRACT.md) as records, and the codec that turns them into domain
 * values and back. Jackson never touches a domain type ({@code ResultJson.header()}, which carries
 * the coded encounter to a claim format, is never written).
 */
package org.spinecode.rest.wire;
