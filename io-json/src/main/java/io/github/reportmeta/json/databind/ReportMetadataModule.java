package io.github.reportmeta.json.databind;

import io.github.reportmeta.json.internal.EmbeddedType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson module that lets model types ({@code Report}, {@code Author}, {@code PartialDate}, ...) sit in a
 * user's own classes and mappers, written byte for byte as in the canonical {@code json} format and read as
 * strictly, by the same code.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ReportMetadataModule()).build();
 * String json = mapper.writeValueAsString(new MyEnvelope(report));
 * }</pre>
 *
 * <p>On the class path {@code JsonMapper.builder().findAndAddModules()} finds it too. It only registers one
 * serialiser and one deserialiser per model type; the model itself carries no Jackson annotation.
 */
// "exports": databind is a static requirement, not a transitive one (see module-info.java).
@SuppressWarnings("exports")
public final class ReportMetadataModule extends JacksonModule {

    /** The class-path resource, beside this class, that the build fills with the project's version. */
    private static final String VERSION_RESOURCE = "version.properties";

    private static final Pattern SEMANTIC_VERSION = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})(?:-(.+))?");
    private static final Version VERSION = readVersion();

    /** Creates the module. */
    public ReportMetadataModule() {}

    @Override
    public String getModuleName() {
        return "reportmeta";
    }

    /**
     * The version of the {@code reportmeta-io-json} artifact this module comes from.
     *
     * @return the version
     */
    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (EmbeddedType<?> type : EmbeddedType.all()) {
            register(type, serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private static <T> void register(EmbeddedType<T> type, SimpleSerializers serializers,
            SimpleDeserializers deserializers) {
        serializers.addSerializer(type.type(), new CodecSerializer<>(type));
        deserializers.addDeserializer(type.type(), new CodecDeserializer<>(type));
    }

    private static Version readVersion() {
        Properties build = new Properties();
        try (InputStream in = ReportMetadataModule.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + VERSION_RESOURCE + " beside "
                        + ReportMetadataModule.class.getName() + " is missing from the jar; the build writes it");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = build.getProperty("version", "");
        Matcher parts = SEMANTIC_VERSION.matcher(version);
        if (!parts.matches()) {
            throw new IllegalStateException(VERSION_RESOURCE + ": version must look like 1.2.3 or 1.2.3-SNAPSHOT, "
                    + "but was '" + version + "'");
        }
        return new Version(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                Integer.parseInt(parts.group(3)), parts.group(4), build.getProperty("groupId"),
                build.getProperty("artifactId"));
    }
}
