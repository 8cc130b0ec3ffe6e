using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Healactively.Web.Tests.Durability;

/// <summary>
/// The built Healactively.Web.dll run as a real child process (<c>dotnet Healactively.Web.dll --urls …</c>) in the
/// Production environment with the production appsettings.json, over a given SQLite file.
/// </summary>
/// <remarks>
/// Only configuration differs from a production start, and only through environment variables (the way an operator
/// sets it): the database file, <c>DemoData:Seed=false</c>, and HTTPS on loopback with a test certificate, so the
/// Secure <c>__Host-</c> cookies and the antiforgery checks work exactly as in production.
/// </remarks>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ServerProcess> StartAsync(string databasePath)
    {
        var port = FreePort();
        var address = new Uri($"https://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WebProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTPS_PORTS");
        start.Environment.Remove("ASPNETCORE_HTTPS_PORT");
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}";
        start.Environment["DemoData__Seed"] = "false";
        start.Environment["App__BaseUrl"] = address.ToString();
        start.Environment["Kestrel__Certificates__Default__Path"] = LoopbackCertificate.PfxPath;
        start.Environment["Kestrel__Certificates__Default__Password"] = LoopbackCertificate.Password;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>SIGKILL on Linux: no shutdown hooks, no flush, as in a power cut of the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient(LoopbackCertificate.TrustingHandler()) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/Identity/Account/Login");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The server did not answer within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Healactively.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Healactively.sln not found above the test folder.");
        }
    }

    private static string WebProjectFolder => Path.Combine(RepositoryRoot, "src", "Healactively.Web");

    /// <summary>The app's own build output, in the configuration the tests were built in (bin/Debug or bin/Release).</summary>
    private static string WebDll
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var dll = Path.Combine(WebProjectFolder, "bin", configuration, framework.Name, "Healactively.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the web project first.", dll);
        }
    }
}
