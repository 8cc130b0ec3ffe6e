namespace Healactively.Web.Operator;

/// <summary>The operator commands run by the web executable instead of the server (e.g. <c>users create</c>).</summary>
internal static class OperatorCli
{
    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && string.Equals(args[0], "users", StringComparison.Ordinal);

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        _ = services;
        _ = args;
        _ = input;
        _ = output;
        error.WriteLine("Not implemented yet.");
        return Task.FromResult(1);
    }
}
