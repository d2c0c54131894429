package org.meritledger.base.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page declares who may enter, and a public page is not wrapped in the shell: a route
 * inherits the access rule of its {@code @Layout} (MainLayout is {@code @PermitAll}), so an
 * {@code @AnonymousAllowed} page inside it sends anonymous visitors to the login page instead.
 * Reads the compiled classes, so a new view is covered without naming it here.
 */
class RouteAccessRulesTest {

    @Test
    void everyRouteDeclaresItsAccessAndPublicRoutesStayOutsideTheShell() throws Exception {
        List<Class<?>> routes = routes();
        assertTrue(routes.size() >= 15, "found the views: " + routes);
        List<String> problems = new ArrayList<>();
        for (Class<?> view : routes) {
            boolean declared = view.isAnnotationPresent(RolesAllowed.class)
                    || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class)
                    || view.isAnnotationPresent(DenyAll.class);
            if (!declared) {
                problems.add(view.getName() + " declares no access rule");
            }
            Route route = view.getAnnotation(Route.class);
            boolean inShell = route.autoLayout() && route.layout() == com.vaadin.flow.component.UI.class;
            if (view.isAnnotationPresent(AnonymousAllowed.class)
                    && inShell
                    && !MainLayout.class.isAnnotationPresent(AnonymousAllowed.class)) {
                problems.add(view.getName() + " is public but inside the shell, which needs a login");
            }
        }
        assertTrue(MainLayout.class.isAnnotationPresent(Layout.class));
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> routes() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/meritledger"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, RouteAccessRulesTest.class.getClassLoader());
                if (c.isAnnotationPresent(Route.class)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
