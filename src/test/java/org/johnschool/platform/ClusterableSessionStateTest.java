package org.johnschool.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a page keeps between requests (view- and session-scoped beans) lives in the web session, which a cluster
 * copies to the other node (docs/deployment.md, "Two nodes"): all of it must be serializable, or a node's failure
 * loses the page (its form no longer posts). Checks every field of every such bean, and what those fields hold,
 * down to the JDK's own types. Injected services are serializable proxies: they must not be transient, or they
 * are null once the page arrives on the other node.
 */
class ClusterableSessionStateTest {

  @Test
  void everythingAPageKeepsCanTravelToAnotherNode() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Class<?>> beans = pageBeans();
    assertTrue(beans.size() > 20, "page beans found: " + beans.size());
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      check(bean, bean.getSimpleName(), problems, new HashSet<>());
    }
    assertTrue(problems.isEmpty(), "Not serializable, so lost when a node fails:\n" + String.join("\n", problems));
  }

  private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class && !c.getName().startsWith("java."); c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isTransient(m) && (f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(jakarta.ejb.EJB.class))) {
          problems.add(path + "." + f.getName() + " is injected but transient: null on the other node");
          continue;
        }
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)
            || f.isAnnotationPresent(jakarta.ejb.EJB.class) || f.isSynthetic()) {
          continue;
        }
        for (Class<?> held : heldTypes(f.getGenericType())) {
          String where = path + "." + f.getName();
          if (held.isPrimitive() || held.isEnum()) {
            continue;
          }
          if (held.getName().startsWith("java.") || held.getName().startsWith("jakarta.") || held.getName().startsWith("org.primefaces.")) {
            if (!held.isInterface() && !Serializable.class.isAssignableFrom(held) && held != Object.class) {
              problems.add(where + " (" + held.getName() + ")");
            }
            continue;
          }
          if (!held.isInterface() && !Serializable.class.isAssignableFrom(held)) {
            problems.add(where + " (" + held.getName() + ")");
          }
          if (held.getName().startsWith("org.johnschool.")) {
            check(held, where, problems, seen);
          }
        }
      }
    }
  }

  /** The class of a field and of its type arguments (List<ReferralView> holds ReferralView). */
  private static List<Class<?>> heldTypes(Type t) {
    List<Class<?>> out = new ArrayList<>();
    if (t instanceof Class<?> c) {
      out.add(c.isArray() ? c.getComponentType() : c);
    } else if (t instanceof ParameterizedType p) {
      out.addAll(heldTypes(p.getRawType()));
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(heldTypes(a));
      }
    } else if (t instanceof WildcardType w) {
      for (Type u : w.getUpperBounds()) {
        out.addAll(heldTypes(u));
      }
    }
    return out;
  }

  private static List<Class<?>> pageBeans() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target", "classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, ClusterableSessionStateTest.class.getClassLoader());
        if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)
            || c.isAnnotationPresent(jakarta.faces.flow.FlowScoped.class)) {
          beans.add(c);
        }
      }
    }
    return beans;
  }
}
