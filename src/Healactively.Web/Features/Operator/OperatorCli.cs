namespace Healactively.Web.Features.Operator;

/// <summary>
/// The operator commands run by the web executable instead of the server (e.g. <c>users create</c>).
/// Program runs them after migrations and role seeding, and exits with their code.
/// </summary>
internal static class OperatorCli
{
    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && (string.Equals(args[0], "users", StringComparison.Ordinal) || string.Equals(args[0], BackupCommandName, StringComparison.Ordinal));

    private const string BackupCommandName = "backup";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        if (string.Equals(args.FirstOrDefault(), BackupCommandName, StringComparison.Ordinal))
        {
            await using var backupScope = services.CreateAsyncScope();
            return await ActivatorUtilities.CreateInstance<BackupCommand>(backupScope.ServiceProvider).RunAsync(args[1..], output, error);
        }

        if (args.Length < 2)
        {
            error.WriteLine("error: 'users' needs a command.");
            error.Write(OperatorUsage.Text);
            return OperatorExitCodes.Usage;
        }

        if (OperatorArguments.IsHelp(args[1]))
        {
            output.Write(OperatorUsage.Text);
            return OperatorExitCodes.Success;
        }

        if (!string.Equals(args[1], "create", StringComparison.Ordinal))
        {
            error.WriteLine($"error: unknown command 'users {args[1]}'. Run 'users --help' for usage.");
            return OperatorExitCodes.Usage;
        }

        var arguments = OperatorArguments.Parse(args[2..], CreateUserCommand.Options);
        if (arguments.HelpRequested)
        {
            output.Write(OperatorUsage.Text);
            return OperatorExitCodes.Success;
        }

        if (arguments.Problem is not null)
        {
            error.WriteLine($"error: {arguments.Problem}");
            return OperatorExitCodes.Usage;
        }

        await using var scope = services.CreateAsyncScope();
        var command = ActivatorUtilities.CreateInstance<CreateUserCommand>(scope.ServiceProvider);
        try
        {
            return await command.RunAsync(arguments, input, output, error);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The operator gets one line and an exit code, not a stack trace; the log keeps the details.
            OperatorLog.CommandFailed(scope.ServiceProvider.GetRequiredService<ILogger<CreateUserCommand>>(), exception);
            error.WriteLine($"error: the account was not created: {exception.Message}");
            return OperatorExitCodes.Failed;
        }
    }
}
