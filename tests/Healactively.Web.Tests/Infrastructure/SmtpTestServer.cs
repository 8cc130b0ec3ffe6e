using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (smtp4dev, pinned in the repo's dotnet tool manifest) started once per test run on
/// loopback ports. Tests give each recipient a unique address and read only that address's messages.
/// </summary>
public sealed class SmtpTestServer
{
    private static readonly Lazy<Task<SmtpTestServer>> Shared = new(StartAsync);
    private static readonly HttpClient Api = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Process _process;
    private readonly Uri _web;

    private SmtpTestServer(Process process, int smtpPort, Uri web)
    {
        _process = process;
        SmtpPort = smtpPort;
        _web = web;
    }

    public int SmtpPort { get; }

    public static Task<SmtpTestServer> GetAsync() => Shared.Value;

    /// <summary>Settings that point the app's <c>Smtp:*</c> at this server.</summary>
    public IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
    };

    /// <summary>
    /// Waits until <paramref name="count"/> messages for <paramref name="to"/> (whose subject is <paramref name="subject"/>,
    /// when given) have arrived, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(string to, int count = 1, TimeSpan? timeout = null, string? subject = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        while (true)
        {
            var messages = await MessagesToAsync(to, subject);
            if (messages.Count >= count)
            {
                return messages;
            }

            if (deadline.Elapsed > limit)
            {
                Assert.Fail($"Expected {count} email(s) for {to} within {limit.TotalSeconds} s; {messages.Count} arrived.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Every message received so far for one address (with that subject, when given), oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(string to, string? subject = null)
    {
        using var list = JsonDocument.Parse(await Api.GetStringAsync(new Uri(_web, "api/messages?pageSize=1000")));
        var ids = list.RootElement.GetProperty("results").EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(a => string.Equals(a.GetString(), to, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m.GetProperty("receivedDate").GetDateTimeOffset())
            .Select(m => m.GetProperty("id").GetString()!)
            .ToList();
        var messages = new List<MimeMessage>();
        foreach (var id in ids)
        {
            await using var source = await Api.GetStreamAsync(new Uri(_web, $"api/messages/{id}/raw"));
            messages.Add(await MimeMessage.LoadAsync(source));
        }

        return subject is null ? messages : messages.Where(m => m.Subject == subject).ToList();
    }

    private static async Task<SmtpTestServer> StartAsync()
    {
        // smtp4dev is a local tool of the repository: restore it here, so that a fresh clone's `dotnet test` needs no other step.
        await RestoreToolsAsync();
        var smtpPort = FreePort();
        var webPort = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "smtp4dev", "--urls", $"http://127.0.0.1:{webPort}", "--smtpport", $"{smtpPort}", "--imapport=", "--pop3port=",
                     "--allowremoteconnections-", "--disableipv6", "--db", "", "--nousersettings", "--hostname", "localhost",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start smtp4dev.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }

            lock (log)
            {
                var text = log.ToString();
                if (text.Contains("SMTP Server is listening", StringComparison.Ordinal) && text.Contains("Now listening on", StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (finished != ready.Task)
        {
            Stop(process);
            throw new InvalidOperationException($"smtp4dev did not start. Its output:\n{log}");
        }

        return new SmtpTestServer(process, smtpPort, new Uri($"http://127.0.0.1:{webPort}/"));
    }

    private static async Task RestoreToolsAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("tool");
        info.ArgumentList.Add("restore");
        using var restore = Process.Start(info) ?? throw new InvalidOperationException("Could not run `dotnet tool restore`.");
        var output = restore.StandardOutput.ReadToEndAsync();
        var errors = restore.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await restore.WaitForExitAsync(timeout.Token);
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException($"`dotnet tool restore` failed ({restore.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "dotnet-tools.json")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("dotnet-tools.json not found above the test output folder.");
    }
}
