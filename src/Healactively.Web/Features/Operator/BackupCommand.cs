using Healactively.Web.Features.Backups;

namespace Healactively.Web.Features.Operator;

/// <summary><c>backup [path]</c>: an online backup of the SQLite database (the app may keep running meanwhile).</summary>
internal sealed class BackupCommand(DatabaseBackup backup, ILogger<BackupCommand> logger)
{
    public const string Usage = """
        Usage: Healactively.Web backup [PATH]

        Writes a consistent copy of the SQLite database with VACUUM INTO, while the app keeps running.
        PATH is the backup file, or a folder for a timestamped file in it
        (default: a timestamped file in Backup:Folder, App_Data/backups under the app's folder).
        An existing file is never replaced. For PostgreSQL, use pg_dump instead.

        Exit codes: 0 written, 1 failed, 2 usage error, 5 not available for this database provider.

        """;

    public async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (arguments.Any(OperatorArguments.IsHelp))
        {
            output.Write(Usage);
            return OperatorExitCodes.Success;
        }

        if (arguments.Length > 1 || arguments.Any(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            error.WriteLine("error: 'backup' takes at most one path and no options.");
            error.Write(Usage);
            return OperatorExitCodes.Usage;
        }

        if (!backup.IsSupported)
        {
            error.WriteLine($"error: {DatabaseBackup.PostgresAdvice}");
            return OperatorExitCodes.NotSupported;
        }

        try
        {
            var file = await backup.CreateAsync(arguments.FirstOrDefault(), cancellationToken);
            output.WriteLine($"Backup written: {file.FullPath} ({BackupSize.Format(file.Bytes)}).");
            return OperatorExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            OperatorLog.CommandFailed(logger, exception);
            error.WriteLine($"error: no backup was written: {exception.Message}");
            return OperatorExitCodes.Failed;
        }
    }
}
