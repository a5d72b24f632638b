package vn.nguon.web.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * A step that takes no body ({@code POST /bulletins/{id}/submit}) takes none: a body other than nothing
 * or {@code {}} is refused before the step runs, by the same rules and answers as any JSON body — a
 * careless client that sends a form to the wrong address learns it instead of submitting something.
 */
@Provider
public class BodylessRequests implements DynamicFeature {

    /** What a body-less step accepts: nothing, or an empty JSON object. */
    record Nothing() {
    }

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method != null && !takesABody(method)) {
            context.register((ContainerRequestFilter) request -> {
                if (request.hasEntity()) {
                    JsonBodies.read(request.getEntityStream(), Nothing.class);
                }
            });
        }
    }

    /**
     * Whether a resource method has an entity parameter (one without a JAX-RS parameter annotation) or reads a
     * form's fields (Open311's POST: the body is the form).
     */
    public static boolean takesABody(Method method) {
        return Arrays.stream(method.getParameterAnnotations())
                .anyMatch(as -> Arrays.stream(as).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))
                        || Arrays.stream(as).anyMatch(a -> a.annotationType() == FormParam.class));
    }
}
