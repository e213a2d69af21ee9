using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Spotify.Testing;

/// <summary>
/// A private nginx on a free loopback port, with its configuration, temporary files, pid and logs
/// in a state folder of its own that is deleted when it stops.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private static readonly string[] NginxLocations = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"];
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NginxProcess(Process process, string stateDirectory, int port)
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
            var errorLog = ErrorLogOf(StateDirectory);
            lock (_output)
            {
                return $"{_output}\n{(File.Exists(errorLog) ? File.ReadAllText(errorLog) : "")}";
            }
        }
    }

    /// <summary>Where nginx writes its error log, the same in every configuration.</summary>
    public static string ErrorLogOf(string stateDirectory) => Path.Combine(stateDirectory, "error.log");

    /// <summary>Starts nginx and waits until it accepts connections.</summary>
    /// <param name="configure">The configuration, given the state folder and the port to listen on (127.0.0.1).</param>
    public static async Task<NginxProcess> StartAsync(string name, Func<string, int, string> configure, TimeSpan timeout)
    {
        var stateDirectory = Directory.CreateTempSubdirectory($"spotify-{name}-").FullName;
        var port = FreePorts.Take();
        var configuration = Path.Combine(stateDirectory, "nginx.conf");
        File.WriteAllText(configuration, configure(stateDirectory, port));

        var startInfo = new ProcessStartInfo(FindNginx())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", stateDirectory, "-c", configuration, "-e", ErrorLogOf(stateDirectory), "-g", "daemon off;" })
        {
            startInfo.ArgumentList.Add(argument);
        }
        var nginx = new NginxProcess(new Process { StartInfo = startInfo }, stateDirectory, port);
        nginx._process.OutputDataReceived += (_, line) => nginx.Record(line.Data);
        nginx._process.ErrorDataReceived += (_, line) => nginx.Record(line.Data);
        nginx._process.Start();
        nginx._process.BeginOutputReadLine();
        nginx._process.BeginErrorReadLine();

        try
        {
            await nginx.WaitUntilListeningAsync(port, timeout);
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }
        return nginx;
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
