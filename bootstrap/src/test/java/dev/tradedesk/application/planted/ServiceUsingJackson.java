package dev.tradedesk.application.planted;

/** Planted violations of rules 1 and 6: the application depending on Jackson and MapStruct. */
public class ServiceUsingJackson {

    org.mapstruct.Mapper mapper;

    public String toJson(Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }
}
