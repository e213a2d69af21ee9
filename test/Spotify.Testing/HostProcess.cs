using System.Diagnostics;
using System.Text;

namespace Spotify.Testing;

/// <summary>
/// One of the platform's hosts (a silo, a gateway) run as a real process with settings given as
/// environment variables (<c>ConnectionStrings:Postgres</c> becomes <c>ConnectionStrings__Postgres</c>).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const string StartedMarker = "Application started";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process) => _process = process;

    public string Name { get; private init; } = "";

    /// <summary>The process's resident memory now, in bytes.</summary>
    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>Everything the process wrote so far, for failure messages.</summary>
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

    /// <summary>Starts the host and waits until it reports that it has started.</summary>
    public static async Task<HostProcess> StartAsync(
        string name, string assembly, IReadOnlyDictionary<string, string> settings, TimeSpan timeout, params string[] arguments)
    {
        var host = new HostProcess(new Process { StartInfo = StartInfo(assembly, settings, arguments), EnableRaisingEvents = true })
        {
            Name = name,
        };
        host._process.OutputDataReceived += (_, line) => host.Record(line.Data);
        host._process.ErrorDataReceived += (_, line) => host.Record(line.Data);
        host._process.Exited += (_, _) => host.OnExited();
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();

        try
        {
            await host._started.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await host.DisposeAsync();
            throw new TimeoutException($"{name} did not start within {timeout}:\n{host.Output}");
        }
        return host;
    }

    /// <summary>Runs the host to its end, as a command, and returns what it printed.</summary>
    public static async Task<ProcessResult> RunAsync(
        string assembly, IReadOnlyDictionary<string, string> settings, TimeSpan timeout, params string[] arguments)
    {
        using var process = new Process { StartInfo = StartInfo(assembly, settings, arguments) };
        process.Start();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new ProcessResult(process.ExitCode, await standardOutput, await standardError);
    }

    /// <summary>Ends the process at once, as a crash or an out-of-memory kill would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>
    /// Runs on a thread of its own, possibly after the process was disposed, so it must not touch
    /// the process: an exception here would take the whole test run down.
    /// </summary>
    private void OnExited() =>
        _started.TrySetException(new InvalidOperationException($"{Name} exited before it started:\n{Output}"));

    private static ProcessStartInfo StartInfo(string assembly, IReadOnlyDictionary<string, string> settings, string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        startInfo.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        // Start from a clean slate: nothing from the test process's own settings leaks in.
        foreach (var inherited in startInfo.Environment.Keys.Where(IsSetting).ToList())
        {
            startInfo.Environment.Remove(inherited);
        }
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return startInfo;
    }

    private static bool IsSetting(string variable) =>
        variable.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
        || variable.StartsWith("Orleans__", StringComparison.Ordinal)
        || variable.StartsWith("Spotify__", StringComparison.Ordinal)
        || variable is "ASPNETCORE_ENVIRONMENT" or "ASPNETCORE_URLS";

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (line.Contains(StartedMarker, StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }
}
