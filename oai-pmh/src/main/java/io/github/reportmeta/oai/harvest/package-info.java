/** An OAI-PMH harvester: the reports of a repository as a stream, resumable from a state file. */
@NullMarked
package io.github.reportmeta.oai.harvest;

import org.jspecify.annotations.NullMarked;
