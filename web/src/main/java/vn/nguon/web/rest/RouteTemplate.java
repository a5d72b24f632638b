package vn.nguon.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import vn.nguon.web.RequestMetrics;

import java.lang.reflect.Method;

/**
 * Names the API route a request matched by its template ({@code /api/feedback/{id}}), from the
 * resource's {@code @Path}s, for the request metrics ({@link RequestMetrics}).
 */
@Provider
public class RouteTemplate implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (resource == null || resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return;
        }
        request.setAttribute(RequestMetrics.ROUTE, template(request.getServletPath(), resource.getResourceClass(), resource.getResourceMethod()));
    }

    static String template(String apiPath, Class<?> type, Method method) {
        StringBuilder t = new StringBuilder(apiPath);
        append(t, type.getAnnotation(Path.class));
        append(t, method.getAnnotation(Path.class));
        return t.toString();
    }

    private static void append(StringBuilder t, Path path) {
        if (path == null || path.value().isEmpty() || "/".equals(path.value())) {
            return;
        }
        String p = path.value().startsWith("/") ? path.value() : "/" + path.value();
        t.append(p.endsWith("/") ? p.substring(0, p.length() - 1) : p);
    }
}
