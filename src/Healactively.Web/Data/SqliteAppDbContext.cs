using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Data;

/// <summary>The embedded default: one SQLite file in WAL mode. Migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
