using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Data;

/// <summary>PostgreSQL, for a clinic running several app instances on one database. Migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
