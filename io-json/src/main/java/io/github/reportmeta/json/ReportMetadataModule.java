package io.github.reportmeta.json;

import io.github.reportmeta.json.internal.ModelMixIns;
import java.util.Map;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson module that lets model types ({@code Report}, {@code Author}, {@code PartialDate}, ...) sit in a
 * user's own classes and mappers, written exactly as in the canonical {@code json} format and read as strictly.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ReportMetadataModule()).build();
 * String json = mapper.writeValueAsString(new MyEnvelope(report));
 * }</pre>
 *
 * <p>It only registers mix-ins; the model itself carries no Jackson annotation.
 */
public final class ReportMetadataModule extends JacksonModule {

    /** Creates the module. */
    public ReportMetadataModule() {}

    @Override
    public String getModuleName() {
        return "reportmeta";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        for (Map.Entry<Class<?>, Class<?>> mixIn : ModelMixIns.all().entrySet()) {
            context.setMixIn(mixIn.getKey(), mixIn.getValue());
        }
    }
}
