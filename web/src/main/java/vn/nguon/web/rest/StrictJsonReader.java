package vn.nguon.web.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Every JSON request body of the API is read here, by {@link JsonBodies}' strict rules, instead of by
 * JSON-B's lenient ones (which wrap {@code 4294967336} to {@code 40}, turn {@code 123} into
 * {@code "123"}, and answer a truncated body with a 500 naming internal classes). Answers go out
 * through JSON-B as before ({@link JsonbResolver}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonBodies.binds(genericType == null ? type : genericType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) {
        return JsonBodies.read(entity, genericType == null ? type : genericType);
    }
}
