import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks that what reportmeta deploys is what Maven Central accepts: every jar with a sources jar, a Javadoc jar
 * and a module name, every POM with name, description, url, licenses, developers and scm.
 *
 * <p>Run with {@code java scripts/CheckRelease.java} (JDK only, no build needed):
 * <ul>
 *   <li>{@code module TARGET_DIR FINAL_NAME PACKAGING}: one module's build output, run by {@code mvn verify};
 *   <li>{@code repo DEPLOYED_DIR PROJECT_DIR [--signed]}: a repository that {@code mvn -Prelease deploy
 *       -DaltDeploymentRepository=dry-run::file:DIR} wrote; lists it and checks that it holds exactly the modules of
 *       PROJECT_DIR's POM that are deployed (not those with {@code maven.deploy.skip}), and with
 *       {@code --signed} a signature beside every file.
 * </ul>
 * Exits 1 with each problem on standard error, 2 on a usage error.
 */
public final class CheckRelease {

    private static final List<String> INHERITABLE = List.of("url", "licenses", "developers", "scm");

    private final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        CheckRelease check = new CheckRelease();
        if (args.length == 4 && args[0].equals("module")) {
            check.module(Path.of(args[1]), args[2], args[3]);
        } else if ((args.length == 3 || args.length == 4 && args[3].equals("--signed")) && args[0].equals("repo")) {
            check.repository(Path.of(args[1]), Path.of(args[2]), args.length == 4);
        } else {
            System.err.println("usage: java CheckRelease.java module TARGET_DIR FINAL_NAME PACKAGING");
            System.err.println("       java CheckRelease.java repo DEPLOYED_DIR PROJECT_DIR [--signed]");
            System.exit(2);
        }
        if (!check.problems.isEmpty()) {
            check.problems.forEach(problem -> System.err.println("check-release: " + problem));
            System.exit(1);
        }
    }

    private void module(Path target, String finalName, String packaging) {
        if (!hasJar(packaging)) {
            return;
        }
        checkJars(target.resolve(finalName + ".jar"), target.resolve(finalName + "-sources.jar"),
                target.resolve(finalName + "-javadoc.jar"));
        if (problems.isEmpty()) {
            System.out.println("check-release: " + finalName + ".jar has a module name, sources and Javadoc");
        }
    }

    private void repository(Path deployed, Path project, boolean signed) throws Exception {
        if (!Files.isDirectory(deployed)) {
            problems.add("no deployed repository at " + deployed);
            return;
        }
        Map<String, Path> poms = new TreeMap<>();
        try (Stream<Path> files = Files.walk(deployed)) {
            files.filter(file -> file.toString().endsWith(".pom")).forEach(pom -> poms.put(coordinates(pom), pom));
        }
        TreeSet<String> deployedIds = new TreeSet<>();
        for (Map.Entry<String, Path> entry : poms.entrySet()) {
            Path pom = entry.getValue();
            Document model = parse(pom);
            String artifactId = text(model.getDocumentElement(), "artifactId").orElse("?");
            deployedIds.add(artifactId);
            System.out.println(entry.getKey());
            String stem = pom.getFileName().toString().replaceFirst("\\.pom$", "");
            try (Stream<Path> files = Files.list(pom.getParent())) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.startsWith(stem) && !name.matches(".*\\.(md5|sha1|sha256|sha512)$"))
                        .sorted()
                        .forEach(name -> System.out.println("  " + name));
            }
            checkPom(artifactId, model, poms);
            String packaging = text(model.getDocumentElement(), "packaging").orElse("jar");
            if (hasJar(packaging)) {
                checkJars(pom.resolveSibling(stem + ".jar"), pom.resolveSibling(stem + "-sources.jar"),
                        pom.resolveSibling(stem + "-javadoc.jar"));
            }
            if (signed) {
                checkSigned(pom.getParent(), stem);
            }
        }
        TreeSet<String> expected = deployedModules(project);
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(deployedIds);
        TreeSet<String> unexpected = new TreeSet<>(deployedIds);
        unexpected.removeAll(expected);
        missing.forEach(id -> problems.add(id + " was not deployed"));
        unexpected.forEach(id -> problems.add(id + " was deployed but is not a deployed module of " + project));
        if (problems.isEmpty()) {
            System.out.println("check-release: " + deployedIds.size() + " artifacts, each complete: " + deployedIds);
        }
    }

    private void checkPom(String artifactId, Document model, Map<String, Path> poms) {
        Element project = model.getDocumentElement();
        for (String own : List.of("name", "description")) {
            if (text(project, own).filter(value -> !value.isBlank()).isEmpty()) {
                problems.add(artifactId + "'s POM has no <" + own + "> of its own");
            }
        }
        for (String element : INHERITABLE) {
            if (inherited(project, element, poms).isEmpty()) {
                problems.add(artifactId + "'s POM has no <" + element + ">, neither its own nor from a parent");
            }
        }
    }

    private Optional<Element> inherited(Element project, String element, Map<String, Path> poms) {
        Optional<Element> own = child(project, element).filter(found -> !found.getTextContent().isBlank());
        if (own.isPresent()) {
            return own;
        }
        Optional<Element> parent = child(project, "parent");
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        String key = text(parent.get(), "groupId").orElse("") + ":" + text(parent.get(), "artifactId").orElse("")
                + ":" + text(parent.get(), "version").orElse("");
        Path parentPom = poms.get(key);
        return parentPom == null ? Optional.empty() : inherited(parse(parentPom).getDocumentElement(), element, poms);
    }

    private void checkJars(Path jar, Path sources, Path javadoc) {
        String name = jar.getFileName().toString();
        if (!Files.isRegularFile(jar)) {
            problems.add(name + " is missing");
            return;
        }
        if (!containsEntry(sources, ".java")) {
            problems.add(name + " has no sources jar with Java sources (" + sources.getFileName() + ")");
        }
        if (!containsEntry(javadoc, "index.html")) {
            problems.add(name + " has no Javadoc jar with an index.html (" + javadoc.getFileName() + ")");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            boolean named = file.getEntry("module-info.class") != null || file.getManifest() != null
                    && file.getManifest().getMainAttributes().getValue("Automatic-Module-Name") != null;
            if (!named) {
                problems.add(name + " has no module name: neither a module-info.class nor Automatic-Module-Name");
            }
        } catch (IOException e) {
            problems.add(name + " cannot be read as a jar: " + e.getMessage());
        }
    }

    private void checkSigned(Path directory, String stem) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(stem) && (name.endsWith(".jar") || name.endsWith(".pom")
                            || name.endsWith(".zip") || name.endsWith(".tar.gz")))
                    .filter(name -> !Files.isRegularFile(directory.resolve(name + ".asc")))
                    .forEach(name -> problems.add(name + " has no signature (" + name + ".asc)"));
        }
    }

    private boolean containsEntry(Path jar, String suffix) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().anyMatch(entry -> entry.getName().endsWith(suffix));
        } catch (IOException e) {
            problems.add(jar.getFileName() + " cannot be read as a jar: " + e.getMessage());
            return true;
        }
    }

    /** The artifact ids that deploying the project at this directory must produce: itself and its modules. */
    private static TreeSet<String> deployedModules(Path project) {
        TreeSet<String> ids = new TreeSet<>();
        Element root = parse(project.resolve("pom.xml")).getDocumentElement();
        if (!skipsDeploy(root)) {
            text(root, "artifactId").ifPresent(ids::add);
        }
        child(root, "modules").ifPresent(modules -> children(modules, "module").forEach(module -> {
            ids.addAll(deployedModules(project.resolve(module.getTextContent().trim())));
        }));
        return ids;
    }

    private static boolean skipsDeploy(Element project) {
        return child(project, "properties").flatMap(properties -> text(properties, "maven.deploy.skip"))
                .map(Boolean::parseBoolean).orElse(false);
    }

    private static boolean hasJar(String packaging) {
        return packaging.equals("jar") || packaging.equals("maven-plugin");
    }

    private static String coordinates(Path pom) {
        Element project = parse(pom).getDocumentElement();
        Optional<Element> parent = child(project, "parent");
        String groupId = text(project, "groupId").or(() -> parent.flatMap(p -> text(p, "groupId"))).orElse("?");
        String version = text(project, "version").or(() -> parent.flatMap(p -> text(p, "version"))).orElse("?");
        return groupId + ":" + text(project, "artifactId").orElse("?") + ":" + version;
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(pom + " is not a readable POM: " + e.getMessage(), e);
        }
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(element -> element.getTextContent().trim());
    }
}
