using Microsoft.AspNetCore.Hosting;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>
/// Which database the web tests run on. The same test files build twice: this project on SQLite, and
/// Healactively.Web.Tests.Postgres (compiled with POSTGRES_TESTS) on the PostgreSQL server named by
/// <see cref="PostgresVariable"/>.
/// </summary>
public static class TestDatabase
{
    public const string PostgresVariable = "HEALACTIVELY_TEST_POSTGRES";
    public const string RequireAllVariable = "HEALACTIVELY_REQUIRE_ALL_TESTS";

#if POSTGRES_TESTS
    public static bool IsPostgres => true;
#else
    public static bool IsPostgres => false;
#endif

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    private static bool RequireAll => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <summary>Why every test of this build skips, or null when it runs (CI's require-all setting turns a skip into a failure).</summary>
    public static string? SkipReason => IsPostgres && PostgresServer is null && !RequireAll
        ? $"set {PostgresVariable} to a PostgreSQL server's connection string (e.g. Host=127.0.0.1;Port=55432;Username=postgres) to run the web tests on PostgreSQL"
        : null;

    /// <summary>Points the app at the database for <paramref name="databasePath"/>; the result, when not null, drops a database this call created.</summary>
    public static IDisposable? Use(IWebHostBuilder builder, string databasePath)
    {
        if (!IsPostgres)
        {
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={databasePath}");
            return null;
        }

        var server = PostgresServer ?? throw new InvalidOperationException(
            $"{RequireAllVariable}=1 but {PostgresVariable} is not set: the PostgreSQL web tests cannot run.");
        var database = PostgresTestDatabases.Open(server, databasePath);
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", database.ConnectionString);
        return database.CreatedHere ? database : null;
    }
}
