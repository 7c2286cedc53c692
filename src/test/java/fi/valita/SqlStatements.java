package fi.valita;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares on the calling thread while a piece of work runs,
 * e.g. to show that a list does not ask the database once per row. Wraps the application's data source
 * (outside the pool, so the pool's own connection checks are not counted); everything else passes through.
 */
@TestComponent
public class SqlStatements implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();

    /** How many statements the work prepared on this thread. */
    public static int countedWhile(Runnable work) {
        int[] count = new int[1];
        COUNTER.set(count);
        try {
            work.run();
        } finally {
            COUNTER.remove();
        }
        return count[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                switch (method.getName()) {
                    case "equals" -> {
                        return proxy == args[0];
                    }
                    case "hashCode" -> {
                        return System.identityHashCode(proxy);
                    }
                    default -> { }
                }
                int[] count = COUNTER.get();
                if (count != null && STATEMENTS.contains(method.getName())) {
                    count[0]++;
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }
    }
}
