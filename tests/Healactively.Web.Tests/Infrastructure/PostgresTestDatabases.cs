using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL database per test factory, cloned from a template the real app migrated once per
/// test run (a clone takes milliseconds; migrating takes seconds). A factory that reuses another's
/// <c>DatabasePath</c> (an app restart, a second instance) gets the same database.
/// </summary>
internal sealed class PostgresTestDatabases : IDisposable
{
    private static readonly Lock TemplateLock = new();
    private static string? _template;
    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabases(string server, string name, bool createdHere)
    {
        _server = server;
        _name = name;
        CreatedHere = createdHere;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public bool CreatedHere { get; }

    public static PostgresTestDatabases Open(string server, string databasePath)
    {
        var template = EnsureTemplate(server);
        var name = "ht_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(databasePath)))[..32];
        try
        {
            Execute(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
            return new PostgresTestDatabases(server, name, createdHere: true);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            return new PostgresTestDatabases(server, name, createdHere: false);
        }
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static string EnsureTemplate(string server)
    {
        lock (TemplateLock)
        {
            if (_template is not null)
            {
                return _template;
            }

            var name = $"ht_template_{Guid.NewGuid():N}";
            Execute(server, $"CREATE DATABASE \"{name}\"");
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Testing");
                builder.UseSetting("Database:Provider", "Postgres");
                builder.UseSetting("ConnectionStrings:Postgres", connectionString);
                builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
                builder.UseSetting("App:BaseUrl", HealactivelyFactory.PublicBaseUrl); // required outside Development
            }))
            {
                _ = app.Server; // start-up migrates and seeds the roles, as in production
            }

            // Start-up made a Data Protection key; each clone must make its own, as each real deployment does.
            Execute(connectionString, "DELETE FROM \"DataProtectionKeys\"");
            NpgsqlConnection.ClearAllPools();

            // Cloning needs a template nobody is connected to; refusing connections keeps it so.
            Execute(server, $"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false IS_TEMPLATE true");
            Execute(server, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(server, name);
            _template = name;
            return name;
        }
    }

    private static void DropTemplate(string server, string name)
    {
        try
        {
            Execute(server, $"ALTER DATABASE \"{name}\" WITH IS_TEMPLATE false");
            Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The throwaway server may already be gone at exit.
        }
    }

    private static void Execute(string server, string sql)
    {
        // Pooling off: these statements must not leave a session behind on a database about to be cloned or dropped.
        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        if (string.IsNullOrEmpty(admin.Database))
        {
            admin.Database = "postgres";
        }

        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
