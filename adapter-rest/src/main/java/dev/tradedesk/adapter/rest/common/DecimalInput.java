package dev.tradedesk.adapter.rest.common;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An amount as the client wrote it: the text of a JSON string, or the literal text of a JSON number
 * ({@code number == true}), never converted through {@code double}. The application parses it exactly
 * ({@code Amounts}); any other JSON type is a 400 field error.
 */
@JsonDeserialize(using = DecimalInput.Deserializer.class)
public record DecimalInput(String text, boolean number) {

    static final class Deserializer extends ValueDeserializer<DecimalInput> {

        @Override
        public DecimalInput deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                return new DecimalInput(p.getString(), false);
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return new DecimalInput(p.getString(), true);
            }
            return (DecimalInput) ctxt.handleUnexpectedToken(DecimalInput.class, p);
        }
    }

    /** The text, or null when the field was absent or null. */
    public static String text(DecimalInput input) {
        return input == null ? null : input.text();
    }

    public static boolean number(DecimalInput input) {
        return input != null && input.number();
    }
}
