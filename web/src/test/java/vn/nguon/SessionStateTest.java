package vn.nguon;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a page keeps in the session can travel: in the clustered profile WildFly replicates each
 * session to another node (and hands sessions to a node that joins), so every field of a
 * {@code @ViewScoped} or {@code @SessionScoped} bean — and what its collections, maps and optionals
 * hold — is serialisable. A record of query results without {@code Serializable} made a node that
 * joined fail its start (the session could not be sent to it) and lost the session's copy.
 */
class SessionStateTest {

    @Test
    void everythingAViewOrSessionBeanHoldsIsSerialisable() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("vn.nguon");
        Set<String> offenders = new TreeSet<>();
        int beans = 0;
        for (JavaClass c : classes) {
            if (!c.isAnnotatedWith("jakarta.faces.view.ViewScoped") && !c.isAnnotatedWith("jakarta.enterprise.context.SessionScoped")) {
                continue;
            }
            beans++;
            for (Class<?> k = c.reflect(); k != null && k != Object.class; k = k.getSuperclass()) {
                if (!Serializable.class.isAssignableFrom(k) && k == c.reflect()) {
                    offenders.add(k.getName() + " itself");
                }
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || injected(f)) {
                        continue; // injected: a serialisable proxy the container restores on the other node
                    }
                    check(f.getGenericType(), k.getSimpleName() + "." + f.getName(), offenders, new java.util.HashSet<>());
                }
            }
        }
        assertEquals(true, beans > 10, "found the pages' beans: " + beans);
        assertEquals(Set.of(), offenders, "not serialisable, yet kept in the session");
    }

    static boolean injected(Field f) {
        return f.isAnnotationPresent(jakarta.inject.Inject.class) || f.isAnnotationPresent(jakarta.ejb.EJB.class)
                || f.isAnnotationPresent(jakarta.annotation.Resource.class);
    }

    /** The type and, for the application's own types, what their fields hold (records of records…). */
    static void check(Type type, String where, Set<String> offenders, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, offenders, seen);
            for (Type a : p.getActualTypeArguments()) {
                check(a, where + "<…>", offenders, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), where + "[]", offenders, seen);
        } else if (type instanceof WildcardType w) {
            for (Type u : w.getUpperBounds()) {
                check(u, where, offenders, seen);
            }
        } else if (type instanceof Class<?> k) {
            if (k.isPrimitive() || k.isInterface() && !k.getName().startsWith("vn.nguon") || k == Object.class) {
                return; // List, Map, Optional… : what they hold is checked through their type arguments
            }
            if (k.isArray()) {
                check(k.getComponentType(), where + "[]", offenders, seen);
                return;
            }
            if (!Serializable.class.isAssignableFrom(k) && !k.isInterface()) {
                offenders.add(where + ": " + k.getName());
            }
            if (k.getName().startsWith("vn.nguon") && !k.isEnum()) {
                for (Field f : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()) && !injected(f)) {
                        check(f.getGenericType(), where + "." + f.getName(), offenders, seen);
                    }
                }
            }
        }
    }
}
