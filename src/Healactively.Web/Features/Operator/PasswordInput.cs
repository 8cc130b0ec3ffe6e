using System.Text;

namespace Healactively.Web.Features.Operator;

/// <summary>
/// Reads the new account's password from standard input: one line, only the line break removed.
/// At a terminal it is typed without echo; piped input is read as is. It is never written anywhere.
/// </summary>
internal static class PasswordInput
{
    /// <summary>The password, or null when standard input ended before a line.</summary>
    public static string? Read(TextReader input, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(error);
        return ReferenceEquals(input, Console.In) && !Console.IsInputRedirected
            ? ReadHidden(error)
            : input.ReadLine();
    }

    private static string ReadHidden(TextWriter error)
    {
        error.Write("Password (not shown): ");
        error.Flush();
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }

                continue;
            }

            if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        error.WriteLine();
        return password.ToString();
    }
}
