using System.Runtime.Versioning;
using Spotify.Media.Tools;

namespace Spotify.Media.Tests.Tools;

// Fakes are made executable with Unix file modes.
[UnsupportedOSPlatform("windows")]
public sealed class MediaToolLocatorTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void Configured_path_wins_over_the_environment_and_finds_ffprobe_next_to_it()
    {
        var configured = FakeTools("configured");
        var fromVariable = FakeTools("variable");

        var tools = MediaToolLocator.Locate(configured.Ffmpeg, Environment(variable: fromVariable.Ffmpeg, path: fromVariable.Directory));

        Assert.Equal(configured.Ffmpeg, tools.FfmpegPath);
        Assert.Equal(configured.Ffprobe, tools.FfprobePath);
    }

    [Fact]
    public void Environment_variable_wins_over_path()
    {
        var fromVariable = FakeTools("variable");
        var onPath = FakeTools("path");

        var tools = MediaToolLocator.Locate(null, Environment(variable: fromVariable.Ffmpeg, path: onPath.Directory));

        Assert.Equal(fromVariable.Ffmpeg, tools.FfmpegPath);
        Assert.Equal(fromVariable.Ffprobe, tools.FfprobePath);
    }

    [Fact]
    public void Path_is_searched_in_order_when_nothing_names_ffmpeg()
    {
        var first = FakeTools("first");
        var second = FakeTools("second");
        var empty = Directory.CreateDirectory(_directory.File("empty")).FullName;

        var tools = MediaToolLocator.Locate("  ", Environment(variable: "", path: string.Join(Path.PathSeparator, empty, first.Directory, second.Directory)));

        Assert.Equal(first.Ffmpeg, tools.FfmpegPath);
        Assert.Equal(first.Ffprobe, tools.FfprobePath);
    }

    [Fact]
    public void Missing_ffmpeg_is_named_in_the_message()
    {
        var empty = Directory.CreateDirectory(_directory.File("empty")).FullName;

        var missing = Assert.Throws<MediaToolMissingException>(() => MediaToolLocator.Locate(null, Environment(variable: null, path: empty)));

        Assert.Equal("ffmpeg", missing.Tool);
        Assert.StartsWith("ffmpeg is missing", missing.Message);
    }

    [Fact]
    public void Configured_path_that_does_not_exist_is_reported_without_looking_elsewhere()
    {
        var onPath = FakeTools("path");
        var nowhere = _directory.File("nowhere/ffmpeg");

        var found = MediaToolLocator.TryLocate(nowhere, Environment(variable: null, path: onPath.Directory), out var tools, out var missing);

        Assert.False(found);
        Assert.Null(tools);
        Assert.Equal("ffmpeg", missing!.Tool);
        Assert.Contains(nowhere, missing.Message);
    }

    [Fact]
    public void Ffprobe_missing_next_to_ffmpeg_is_named_in_the_message()
    {
        var tools = FakeTools("lonely");
        File.Delete(tools.Ffprobe);

        var missing = Assert.Throws<MediaToolMissingException>(() => MediaToolLocator.Locate(null, Environment(variable: tools.Ffmpeg, path: null)));

        Assert.Equal("ffprobe", missing.Tool);
        Assert.StartsWith("ffprobe is missing", missing.Message);
        Assert.Contains(tools.Ffprobe, missing.Message);
    }

    [Fact]
    public void A_file_that_is_not_executable_is_not_ffmpeg()
    {
        var tools = FakeTools("plain");
        File.SetUnixFileMode(tools.Ffmpeg, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var missing = Assert.Throws<MediaToolMissingException>(() => MediaToolLocator.Locate(null, Environment(variable: null, path: tools.Directory)));

        Assert.Equal("ffmpeg", missing.Tool);
    }

    public void Dispose() => _directory.Dispose();

    private static Func<string, string?> Environment(string? variable, string? path) =>
        name => name switch
        {
            MediaToolLocator.EnvironmentVariable => variable,
            "PATH" => path,
            _ => null,
        };

    private (string Directory, string Ffmpeg, string Ffprobe) FakeTools(string name)
    {
        var directory = Directory.CreateDirectory(_directory.File(name)).FullName;
        return (directory, Executable(directory, "ffmpeg"), Executable(directory, "ffprobe"));
    }

    private static string Executable(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, "#!/bin/sh\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
