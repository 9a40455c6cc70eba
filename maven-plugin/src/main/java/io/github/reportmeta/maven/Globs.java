package io.github.reportmeta.maven;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ant-style include and exclude patterns as Maven users write them: {@code **}{@code /*.json} also matches a file
 * at the top of the folder, as it does in Maven's own resource patterns (a plain glob would need a slash).
 */
final class Globs {

    private final List<PathMatcher> matchers;

    Globs(List<String> patterns) {
        this.matchers = patterns.stream()
                .flatMap(p -> {
                    String glob = p.replace('\\', '/');
                    Stream.Builder<String> forms = Stream.builder();
                    forms.add(glob);
                    if (glob.startsWith("**/")) {
                        forms.add(glob.substring(3));
                    }
                    return forms.build();
                })
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
                .toList();
    }

    boolean matches(Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }
}
