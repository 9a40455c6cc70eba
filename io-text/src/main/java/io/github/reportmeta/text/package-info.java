/**
 * Text formats of reports: the {@code listing} format reads report listing pages (plain text or HTML) such as a
 * think tank's report page, and the {@code digest-text} and {@code digest-html} formats write the e-mail alert
 * of a catalogue's latest reports.
 */
@NullMarked
package io.github.reportmeta.text;

import org.jspecify.annotations.NullMarked;
