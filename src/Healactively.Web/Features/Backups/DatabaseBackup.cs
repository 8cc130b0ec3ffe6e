using System.Globalization;
using Healactively.Web.Data;
using Healactively.Web.Features.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Backups;

/// <summary>A backup file on disk.</summary>
public sealed record BackupFile(string Name, string FullPath, long Bytes, DateTimeOffset WrittenAt);

/// <summary>
/// Online backups of the SQLite database with <c>VACUUM INTO</c>: a consistent copy of one moment, taken while the
/// app keeps serving (readers and the writer carry on; the copy sees every transaction committed before it started).
/// PostgreSQL is backed up with its own tools (<see cref="PostgresAdvice"/>).
/// </summary>
public sealed class DatabaseBackup(AppDbContext db, AdminAudit audit, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<DatabaseBackup> logger)
{
    public const string DefaultFolder = "App_Data/backups";

    public const string FileExtension = ".db";

    public const string PostgresAdvice =
        "Backups from the app are for SQLite only. For PostgreSQL use its own tools, e.g. " +
        "pg_dump --format=custom --file=healactively-$(date +%Y%m%d-%H%M%S).dump \"$DATABASE_URL\" " +
        "(restore with pg_restore --clean --dbname=...), or continuous archiving for point-in-time recovery.";

    public bool IsSupported => db.Database.IsSqlite();

    /// <summary><c>Backup:Folder</c>, resolved against the content root when relative.</summary>
    public string Folder
    {
        get
        {
            var configured = configuration["Backup:Folder"];
            var folder = string.IsNullOrWhiteSpace(configured) ? DefaultFolder : configured;
            return Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder));
        }
    }

    /// <summary>
    /// Writes a backup to <paramref name="path"/> (a file, or a folder for a timestamped file in it), or to a
    /// timestamped file in <see cref="Folder"/>. The file appears only when complete; an existing file is never replaced.
    /// </summary>
    public async Task<BackupFile> CreateAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        if (!IsSupported)
        {
            throw new NotSupportedException(PostgresAdvice);
        }

        var target = Target(path);
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; a backup never replaces a file.");
        }

        CreateOwnerOnlyFolder(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        // VACUUM INTO fills an empty file: made first, readable by the app's own account only (mode 600), so no copy
        // of every journal is ever readable by other accounts on the server, not even while it is written.
        CreateOwnerOnlyFile(partial);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path;";
            command.Parameters.AddWithValue("$path", partial);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        File.Move(partial, target);
        var file = Describe(new FileInfo(target));
        BackupLog.Written(logger, file.Name, file.Bytes);

        // Who copied every patient's journal, and when: the audit log says so (no file name, no content).
        audit.Add(AdminAudit.Backup, targetUserId: string.Empty, actorId: audit.ActorId.Length == 0 ? AdminAudit.CommandLineActor : null);
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>A folder the app creates for backups is its own (mode 700); a folder the operator made keeps its mode.</summary>
    private static void CreateOwnerOnlyFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    private static void CreateOwnerOnlyFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using var _ = new FileStream(path, options);
    }

    /// <summary>The backups in <see cref="Folder"/>, newest first.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        var folder = new DirectoryInfo(Folder);
        return folder.Exists
            ? folder.EnumerateFiles("*" + FileExtension).Select(Describe).OrderByDescending(f => f.WrittenAt).ThenByDescending(f => f.Name, StringComparer.Ordinal).ToList()
            : [];
    }

    private string Target(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Unique(Folder);
        }

        var full = Path.GetFullPath(path);
        return Directory.Exists(full) || path.EndsWith(Path.DirectorySeparatorChar) ? Unique(full) : full;
    }

    private string Unique(string folder)
    {
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var candidate = Path.Combine(folder, $"healactively-{stamp}{FileExtension}");
        for (var n = 2; File.Exists(candidate); n++)
        {
            candidate = Path.Combine(folder, $"healactively-{stamp}-{n}{FileExtension}");
        }

        return candidate;
    }

    private static BackupFile Describe(FileInfo file) =>
        new(file.Name, file.FullName, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
}
