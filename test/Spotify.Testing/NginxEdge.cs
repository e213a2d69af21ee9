using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Spotify.Testing;

/// <summary>
/// The CDN edge of <c>deploy/nginx/edge.conf.template</c> run as a private nginx on a free loopback
/// port, with its cache, temporary files, pid and logs in a folder of its own.
/// </summary>
public sealed class NginxEdge : IAsyncDisposable
{
    private static readonly string[] NginxLocations = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"];
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NginxEdge(Process process, string stateDirectory, int port)
    {
        _process = process;
        StateDirectory = stateDirectory;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    public string StateDirectory { get; }

    /// <summary>What nginx printed and logged so far, for failure messages.</summary>
    public string Diagnostics
    {
        get
        {
            var errorLog = Path.Combine(StateDirectory, "error.log");
            lock (_output)
            {
                return $"{_output}\n{(File.Exists(errorLog) ? File.ReadAllText(errorLog) : "")}";
            }
        }
    }

    /// <summary>Starts nginx in front of <paramref name="upstreams"/> (host:port each) and waits until it accepts connections.</summary>
    /// <param name="secret">The media signing secret, the same as the gateways'.</param>
    public static async Task<NginxEdge> StartAsync(string secret, IReadOnlyList<string> upstreams, TimeSpan timeout)
    {
        var stateDirectory = Directory.CreateTempSubdirectory("spotify-edge-").FullName;
        var port = FreePorts.Take();
        var configuration = Path.Combine(stateDirectory, "edge.conf");
        File.WriteAllText(configuration, Render(stateDirectory, port, secret, upstreams));

        var startInfo = new ProcessStartInfo(FindNginx())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", stateDirectory, "-c", configuration, "-e", Path.Combine(stateDirectory, "error.log"), "-g", "daemon off;" })
        {
            startInfo.ArgumentList.Add(argument);
        }
        var edge = new NginxEdge(new Process { StartInfo = startInfo }, stateDirectory, port);
        edge._process.OutputDataReceived += (_, line) => edge.Record(line.Data);
        edge._process.ErrorDataReceived += (_, line) => edge.Record(line.Data);
        edge._process.Start();
        edge._process.BeginOutputReadLine();
        edge._process.BeginErrorReadLine();

        try
        {
            await edge.WaitUntilListeningAsync(port, timeout);
        }
        catch
        {
            await edge.DisposeAsync();
            throw;
        }
        return edge;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The master and its workers.
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(StateDirectory, recursive: true);
    }

    private static string FindNginx()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "nginx"));
        return NginxLocations.Concat(onPath).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "nginx is not installed (looked in /usr/sbin and on PATH): run the suites through ./test.sh, "
                + "whose services_install installs it (apt-get install nginx).");
    }

    private static string Render(string stateDirectory, int port, string secret, IReadOnlyList<string> upstreams)
    {
        var template = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "deploy", "nginx", "edge.conf.template"));
        var values = new Dictionary<string, string>
        {
            ["EDGE_USER"] = Environment.UserName,
            ["EDGE_PID"] = Path.Combine(stateDirectory, "nginx.pid"),
            ["EDGE_ERROR_LOG"] = Path.Combine(stateDirectory, "error.log"),
            ["EDGE_ACCESS_LOG"] = Path.Combine(stateDirectory, "access.log"),
            ["EDGE_LISTEN"] = $"127.0.0.1:{port}",
            ["EDGE_UPSTREAM_SERVERS"] = string.Join(" ", upstreams.Select(upstream => $"server {upstream};")),
            ["EDGE_SECRET"] = secret,
            ["EDGE_CACHE_DIR"] = Path.Combine(stateDirectory, "cache"),
            ["EDGE_CACHE_MAX_SIZE"] = "256m",
            ["EDGE_TEMP_DIR"] = Path.Combine(stateDirectory, "temp"),
        };
        Directory.CreateDirectory(values["EDGE_TEMP_DIR"]);
        var rendered = values.Aggregate(template, (text, value) => text.Replace($"${{{value.Key}}}", value.Value, StringComparison.Ordinal));
        return rendered.Contains("${EDGE_", StringComparison.Ordinal)
            ? throw new InvalidOperationException("edge.conf.template has a placeholder NginxEdge does not fill.")
            : rendered;
    }

    private async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {_process.ExitCode} before it listened:\n{Diagnostics}");
            }
            if (await AcceptsConnectionsAsync(port))
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"nginx did not listen on port {port} within {timeout}:\n{Diagnostics}");
            }
            await Task.Delay(PollInterval);
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
