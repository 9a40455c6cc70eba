/**
 * StAX plumbing the XML and Dublin Core codecs share: hardened Woodstox factories, a reading cursor that turns
 * parser failures into located {@link io.github.reportmeta.format.ReportParseException}s, the writer lifecycle,
 * and a hardened XML Schema factory. Not exported.
 */
@NullMarked
package io.github.reportmeta.xml.internal;

import org.jspecify.annotations.NullMarked;
