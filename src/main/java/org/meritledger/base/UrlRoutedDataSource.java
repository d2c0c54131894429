package org.meritledger.base;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A plain {@link DataSource} that delegates to H2's or PostgreSQL's own data source depending on
 * the JDBC URL it is given. Payara pools connections on top of it. This exists only so an operator
 * switches databases with one variable (the URL) instead of also naming a driver class.
 */
public class UrlRoutedDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;

    public void setUrl(String url) { this.url = url; delegate = null; }
    public String getUrl() { return url; }
    public void setURL(String url) { setUrl(url); }
    public void setUser(String user) { this.user = user; delegate = null; }
    public String getUser() { return user; }
    public void setPassword(String password) { this.password = password; delegate = null; }
    public String getPassword() { return password; }

    private DataSource delegate() {
        DataSource ds = delegate;
        if (ds == null) {
            ds = create();
            delegate = ds;
        }
        return ds;
    }

    private DataSource create() {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("merit.db.url (MERIT_DB_URL) is not set");
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            if (user != null && !user.isEmpty()) {
                pg.setUser(user);
            }
            if (password != null && !password.isEmpty()) {
                pg.setPassword(password);
            }
            return pg;
        }
        throw new IllegalStateException("Unsupported database URL (only jdbc:h2: and jdbc:postgresql: are supported): "
                + url.replaceAll("password=[^&;]*", "password=***"));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
        return delegate().getConnection(username, pw);
    }

    @Override
    public PrintWriter getLogWriter() { return null; }

    @Override
    public void setLogWriter(PrintWriter out) { /* the delegates log through their own loggers */ }

    @Override
    public void setLoginTimeout(int seconds) { /* the delegates' defaults apply */ }

    @Override
    public int getLoginTimeout() { return 0; }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
