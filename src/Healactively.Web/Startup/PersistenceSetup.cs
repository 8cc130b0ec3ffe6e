using Healactively.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Startup;

/// <summary>Chooses the database provider from <c>Database:Provider</c> and registers the one <see cref="AppDbContext"/>.</summary>
internal static class PersistenceSetup
{
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/healactively.db";

    public static IServiceCollection AddHealactivelyPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ReadProvider(configuration);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var connectionString = ResolveSqliteConnectionString(configuration.GetConnectionString("Sqlite"), environment.ContentRootPath);
                services.AddDbContextPool<SqliteAppDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSettings()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                services.AddSingleton(new SqliteWriteGate(queueWriters: true, ReadWriteQueueTimeout(configuration)));
                break;
            case DatabaseProvider.Postgres:
                var postgres = ReadPostgresConnectionString(configuration);
                services.AddDbContextPool<PostgresAppDbContext>(options => options.UseNpgsql(postgres));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                services.AddSingleton(new SqliteWriteGate(queueWriters: false));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not supported.");
        }

        return services;
    }

    /// <summary>How long a journal write waits for its turn before it is answered "try again" (503).</summary>
    private static TimeSpan ReadWriteQueueTimeout(IConfiguration configuration)
    {
        var text = configuration[SqliteWriteGate.TimeoutSetting];
        if (string.IsNullOrWhiteSpace(text))
        {
            return SqliteWriteGate.DefaultWait;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 600
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidOperationException($"{SqliteWriteGate.TimeoutSetting} '{text}' is not a number of seconds from 0 to 600.");
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var text = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{text}' is unknown. Use 'Sqlite' or 'Postgres'.");
    }

    private static string? ReadPostgresConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        // `dotnet ef` builds this host to read the model only; it needs no server.
        if (string.IsNullOrWhiteSpace(connectionString) && !EF.IsDesignTime)
        {
            throw new InvalidOperationException("Database:Provider is 'Postgres' but ConnectionStrings:Postgres is empty.");
        }

        return connectionString;
    }

    /// <summary>
    /// A relative data source is resolved against the content root (not the shell's directory),
    /// and its folder is created so a fresh clone starts without setup.
    /// </summary>
    public static string ResolveSqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultSqliteConnectionString : configured);
        var isInMemory = builder.Mode == SqliteOpenMode.Memory
            || string.Equals(builder.DataSource, ":memory:", StringComparison.OrdinalIgnoreCase);
        if (!isInMemory && !string.IsNullOrEmpty(builder.DataSource))
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
