namespace Healactively.Web.Features.Operator;

/// <summary>
/// The options of one operator command: <c>--name value</c> or <c>--name=value</c>, each at most once,
/// plus <c>--help</c>. Anything else is a <see cref="Problem"/> worded for the operator.
/// </summary>
internal sealed class OperatorArguments
{
    private readonly Dictionary<string, string> _options;

    private OperatorArguments(Dictionary<string, string> options, bool helpRequested, string? problem)
    {
        _options = options;
        HelpRequested = helpRequested;
        Problem = problem;
    }

    public bool HelpRequested { get; }

    /// <summary>Why the command line cannot be used, or null.</summary>
    public string? Problem { get; }

    /// <summary>The value given for an option (e.g. "--email"), or null when it was not given.</summary>
    public string? this[string option] => _options.GetValueOrDefault(option);

    public static bool IsHelp(string arg) => arg is "--help" or "-h" or "help";

    public static OperatorArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> knownOptions)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(knownOptions);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (IsHelp(arg))
            {
                help = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return Failed($"unexpected argument '{arg}'. Run 'users --help' for usage.");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            if (!knownOptions.Contains(name))
            {
                return Failed($"unknown option '{name}'. Run 'users --help' for usage.");
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                return Failed($"option '{name}' needs a value.");
            }

            if (!options.TryAdd(name, value))
            {
                return Failed($"option '{name}' is given twice.");
            }
        }

        return new OperatorArguments(options, help, problem: null);

        OperatorArguments Failed(string problem) => new(options, help, problem);
    }
}
