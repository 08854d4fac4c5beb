package org.johnschool.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  record Row(String caseNumber, int seats) {}

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  @Test
  void a_page_reads_a_records_components_and_nothing_else() {
    RecordELResolver resolver = new RecordELResolver();
    Row row = new Row("24-CR-1", 3);
    for (int i = 0; i < 3; i++) { // the second and third reads come from the cached accessors
      ELContext c = context();
      assertEquals("24-CR-1", resolver.getValue(c, row, "caseNumber"));
      assertTrue(c.isPropertyResolved());
      assertEquals(3, resolver.getValue(context(), row, "seats"));
    }
    ELContext unknown = context();
    assertNull(resolver.getValue(unknown, row, "name"));
    assertFalse(unknown.isPropertyResolved(), "left to the other resolvers");
    ELContext bean = context();
    assertNull(resolver.getValue(bean, "not a record", "length"));
    assertFalse(bean.isPropertyResolved());
    assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), row, "seats", 4));
    assertTrue(resolver.isReadOnly(context(), row, "seats"));
  }
}
