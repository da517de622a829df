package dev.resync.conformance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** JSON form of reports and case results; every string is scrubbed of key material. */
public final class ReportJson {

  private static final ObjectMapper MAPPER = newMapper();

  private ReportJson() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper newMapper() {
    SimpleModule module = new SimpleModule("resync-conformance");
    module.addSerializer(String.class, new ScrubbingStringSerializer());
    module.addSerializer(Instant.class, new InstantSerializer());
    module.addDeserializer(
        Instant.class,
        new com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<>(Instant.class) {
          @Override
          protected Instant _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
            return Instant.parse(value);
          }
        });
    return new ObjectMapper()
        .registerModule(module)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  private static final class ScrubbingStringSerializer extends StdSerializer<String> {
    ScrubbingStringSerializer() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(Redaction.scrub(value));
    }
  }

  private static final class InstantSerializer extends StdSerializer<Instant> {
    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }
}
