using System.Diagnostics;
using System.Text;

namespace Spotify.Media.Tools;

/// <summary>Runs a command-line tool to its end, reading what it prints as it goes.</summary>
internal static class ToolProcess
{
    private const int StandardErrorTailLines = 15;

    /// <summary>
    /// Runs <paramref name="executable"/> and returns what it printed. Cancelling kills the process
    /// and everything it started, waits for it to exit and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="onOutputLine">Called with each line of standard output as it arrives.</param>
    /// <exception cref="ToolFailedException">The process exited with a non-zero code.</exception>
    public static async Task<ToolOutput> RunAsync(
        string executable, IReadOnlyList<string> arguments, Action<string>? onOutputLine, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var process = Process.Start(StartInfo(executable, arguments))
            ?? throw new InvalidOperationException($"{executable} did not start.");
        process.StandardInput.Close();

        var standardOutput = ReadToEndAsync(process.StandardOutput, onOutputLine);
        var standardError = ReadToEndAsync(process.StandardError, onLine: null);
        using (cancellationToken.Register(() => process.Kill(entireProcessTree: true)))
        {
            // Both pipes close when the process exits, killed or not.
            await Task.WhenAll(standardOutput, standardError);
            await process.WaitForExitAsync(CancellationToken.None);
        }
        cancellationToken.ThrowIfCancellationRequested();

        if (process.ExitCode != 0)
        {
            throw new ToolFailedException(Path.GetFileNameWithoutExtension(executable), process.ExitCode, Tail(await standardError));
        }
        return new ToolOutput(await standardOutput, await standardError);
    }

    private static ProcessStartInfo StartInfo(string executable, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        return startInfo;
    }

    private static async Task<string> ReadToEndAsync(StreamReader reader, Action<string>? onLine)
    {
        var text = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            text.AppendLine(line);
            onLine?.Invoke(line);
        }
        return text.ToString();
    }

    private static string Tail(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(nothing on standard error)" : string.Join('\n', lines.TakeLast(StandardErrorTailLines));
    }
}
