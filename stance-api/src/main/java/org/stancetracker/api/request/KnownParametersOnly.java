package org.stancetracker.api.request;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.stancetracker.api.problem.ProblemException;

/**
 * A query parameter the endpoint does not take is a 400 problem naming it, never ignored: before,
 * {@code /api/stances?source=guardian} answered every source with 200, and the analyst who asked for
 * one source believed the answer was about it.
 */
@Provider
@Priority(Priorities.USER)
public class KnownParametersOnly implements ContainerRequestFilter {
    private static final ConcurrentMap<Method, Set<String>> TAKEN = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> taken = TAKEN.computeIfAbsent(method, KnownParametersOnly::queryParameters);
        for (String name :
                new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!taken.contains(name)) {
                throw ProblemException.badParameter(
                        name.length() > 80 ? name.substring(0, 80) : name,
                        "this endpoint takes no parameter " + ProblemException.shown(name)
                                + (taken.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", taken)));
            }
        }
    }

    private static Set<String> queryParameters(Method method) {
        java.util.SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (var field : parameter.getType().getDeclaredFields()) {
                    QueryParam inBean = field.getAnnotation(QueryParam.class);
                    if (inBean != null) {
                        names.add(inBean.value());
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }
}
