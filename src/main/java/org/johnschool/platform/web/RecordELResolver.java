package org.johnschool.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets pages read Java records ({@code #{r.status}}): Expression Language 5 (Jakarta EE 10) knows
 * only JavaBean getters. Read-only, like records.
 */
public class RecordELResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = component(base, property);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new jakarta.el.ELException("Cannot read " + property, e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (component(base, property) == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property) != null) {
      throw new PropertyNotWritableException("Records are read-only: " + property);
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  /** The accessor of a record's component, or null when the base is not a record or has no such component. */
  private static Method component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    return ACCESSORS.get(base.getClass()).get(property.toString());
  }

  /**
   * Each record class's accessors by component name, looked up once: a page reads record properties thousands of times
   * (each row of a table, each cell), and {@code getRecordComponents()} builds its answer afresh at every call.
   */
  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> accessors = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method accessor = c.getAccessor();
        accessor.setAccessible(true);
        accessors.put(c.getName(), accessor);
      }
      return Map.copyOf(accessors);
    }
  };
}
