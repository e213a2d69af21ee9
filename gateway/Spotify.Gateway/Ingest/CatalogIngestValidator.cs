using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Grains.Catalog;

namespace Spotify.Gateway.Ingest;

/// <summary>
/// Checks a whole ingest batch before anything is written and, when every item is good, turns it
/// into a consistent <see cref="CatalogBatch"/>. Each problem names the item by its index.
/// </summary>
public static partial class CatalogIngestValidator
{
    public const int MaxArtists = 1_000;
    public const int MaxAlbums = 1_000;
    public const int MaxTracks = 5_000;
    public const int MaxTracksPerAlbum = 500;
    public const int MaxNameLength = 200;
    public const int MaxGenres = 10;

    public static CatalogBatch? Validate(CatalogIngestRequest request, List<string> problems)
    {
        var artists = request.Artists ?? [];
        var albums = request.Albums ?? [];
        if (artists.Count == 0 && albums.Count == 0)
        {
            problems.Add("the batch holds no artists and no albums");
        }
        if (artists.Count > MaxArtists || albums.Count > MaxAlbums
            || albums.Sum(album => album?.Tracks?.Count ?? 0) > MaxTracks)
        {
            problems.Add($"a batch holds at most {MaxArtists} artists, {MaxAlbums} albums and {MaxTracks} tracks");
            return null;
        }

        var artistsByKey = ReadArtists(artists, problems);
        var isrcs = new HashSet<string>(StringComparer.Ordinal);
        var upcs = new HashSet<string>(StringComparer.Ordinal);
        var albumDetails = ImmutableArray.CreateBuilder<AlbumDetails>();
        var trackDetails = ImmutableArray.CreateBuilder<TrackDetails>();
        for (var index = 0; index < albums.Count; index++)
        {
            ReadAlbum(albums[index], $"albums[{index}]", artistsByKey, upcs, isrcs, problems, albumDetails, trackDetails);
        }
        return problems.Count == 0
            ? new CatalogBatch([.. artistsByKey.Values], albumDetails.ToImmutable(), trackDetails.ToImmutable())
            : null;
    }

    private static Dictionary<string, ArtistDetails> ReadArtists(IReadOnlyList<IngestArtist?> artists, List<string> problems)
    {
        var byKey = new Dictionary<string, ArtistDetails>(StringComparer.Ordinal);
        for (var index = 0; index < artists.Count; index++)
        {
            var path = $"artists[{index}]";
            if (artists[index] is not { } artist)
            {
                problems.Add($"{path}: must be an object");
                continue;
            }
            var key = artist.Key?.Trim();
            if (string.IsNullOrEmpty(key) || key.Length > MaxNameLength || byKey.ContainsKey(key))
            {
                problems.Add($"{path}.key: required, at most {MaxNameLength} characters, and unique in the batch");
                continue;
            }
            var name = Name(artist.Name, $"{path}.name", problems);
            var genres = Genres(artist.Genres, $"{path}.genres", problems);
            var popularity = Popularity(artist.Popularity, $"{path}.popularity", problems);
            if (artist.Followers is < 0)
            {
                problems.Add($"{path}.followers: must not be negative");
            }
            byKey[key] = new ArtistDetails(
                SpotifyId.FromNaturalKey("artist:" + key), name, genres, popularity, artist.Followers ?? 0, Images: []);
        }
        return byKey;
    }

    private static void ReadAlbum(
        IngestAlbum? album,
        string path,
        Dictionary<string, ArtistDetails> artistsByKey,
        HashSet<string> upcs,
        HashSet<string> isrcs,
        List<string> problems,
        ImmutableArray<AlbumDetails>.Builder albums,
        ImmutableArray<TrackDetails>.Builder tracks)
    {
        if (album is null)
        {
            problems.Add($"{path}: must be an object");
            return;
        }
        var upc = album.Upc?.Trim() ?? "";
        if (!UpcPattern().IsMatch(upc) || !upcs.Add(upc))
        {
            problems.Add($"{path}.upc: 12 or 13 digits, unique in the batch");
        }
        var name = Name(album.Name, $"{path}.name", problems);
        var albumType = AlbumTypeOf(album.AlbumType, $"{path}.album_type", problems);
        var releaseDate = ReleaseDateOf(album.ReleaseDate, $"{path}.release_date", problems);
        var albumArtists = ArtistRefs(album.Artists, $"{path}.artists", artistsByKey, problems);
        var popularity = Popularity(album.Popularity, $"{path}.popularity", problems);
        var albumTracks = album.Tracks ?? [];
        if (albumTracks.Count is 0 or > MaxTracksPerAlbum)
        {
            problems.Add($"{path}.tracks: 1 to {MaxTracksPerAlbum} tracks");
        }

        var albumId = SpotifyId.FromNaturalKey("upc:" + upc);
        var trackRefs = new List<AlbumTrackRef>();
        var trackFacts = new List<(AlbumTrackRef Track, string Isrc, int Popularity)>();
        for (var index = 0; index < albumTracks.Count; index++)
        {
            if (ReadTrack(albumTracks[index], $"{path}.tracks[{index}]", index, artistsByKey, isrcs, problems) is { } track)
            {
                trackRefs.Add(track.Track);
                trackFacts.Add(track);
            }
        }
        if (problems.Count > 0)
        {
            return;
        }

        // Every key was found above, or the batch already failed.
        var genres = album.Artists!.SelectMany(key => artistsByKey[key!].Genres).Distinct().ToImmutableArray();
        var details = new AlbumDetails(albumId, name, albumType, releaseDate, albumArtists, [.. trackRefs], genres,
            album.Label?.Trim() ?? "", upc, popularity, Images: []);
        albums.Add(details);
        var albumRef = CatalogWriter.ToRef(details);
        tracks.AddRange(trackFacts.Select(fact => new TrackDetails(
            fact.Track.Id, fact.Track.Name, albumRef, fact.Track.Artists, fact.Track.DiscNumber, fact.Track.TrackNumber,
            fact.Track.DurationMs, fact.Track.Explicit, fact.Isrc, fact.Popularity)));
    }

    private static (AlbumTrackRef Track, string Isrc, int Popularity)? ReadTrack(
        IngestTrack? track, string path, int index, Dictionary<string, ArtistDetails> artistsByKey, HashSet<string> isrcs, List<string> problems)
    {
        if (track is null)
        {
            problems.Add($"{path}: must be an object");
            return null;
        }
        var isrc = Isrc.Normalize(track.Isrc);
        if (!IsrcPattern().IsMatch(isrc) || !isrcs.Add(isrc))
        {
            problems.Add($"{path}.isrc: an ISRC such as USRC17607839, unique in the batch");
        }
        var name = Name(track.Name, $"{path}.name", problems);
        if (track.DurationMs is not (> 0 and <= 3_600_000))
        {
            problems.Add($"{path}.duration_ms: 1 to 3600000");
        }
        if (track.DiscNumber is < 1 || track.TrackNumber is < 1)
        {
            problems.Add($"{path}: disc_number and track_number start at 1");
        }
        var artists = ArtistRefs(track.Artists, $"{path}.artists", artistsByKey, problems);
        var popularity = Popularity(track.Popularity, $"{path}.popularity", problems);
        return (new AlbumTrackRef(
                Isrc.TrackId(isrc), name, artists, track.DiscNumber ?? 1, track.TrackNumber ?? index + 1,
                track.DurationMs ?? 0, track.Explicit ?? false),
            isrc,
            popularity);
    }

    private static ImmutableArray<ArtistRef> ArtistRefs(
        IReadOnlyList<string?>? keys, string path, Dictionary<string, ArtistDetails> artistsByKey, List<string> problems)
    {
        if (keys is not { Count: > 0 })
        {
            problems.Add($"{path}: at least one artist key from this batch's artists");
            return [];
        }
        var refs = ImmutableArray.CreateBuilder<ArtistRef>();
        foreach (var key in keys)
        {
            if (key is not null && artistsByKey.TryGetValue(key, out var artist))
            {
                refs.Add(new ArtistRef(artist.Id, artist.Name));
            }
            else
            {
                problems.Add($"{path}: no artist with key '{key}' in this batch");
            }
        }
        return refs.ToImmutable();
    }

    private static string Name(string? value, string path, List<string> problems)
    {
        var name = value?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
        {
            problems.Add($"{path}: 1 to {MaxNameLength} characters");
        }
        return name;
    }

    private static ImmutableArray<string> Genres(IReadOnlyList<string?>? genres, string path, List<string> problems)
    {
        var values = (genres ?? []).Select(genre => genre?.Trim().ToLowerInvariant()).ToList();
        if (values.Count > MaxGenres || values.Any(genre => string.IsNullOrEmpty(genre) || genre.Length > 50))
        {
            problems.Add($"{path}: at most {MaxGenres} genres of 1 to 50 characters");
            return [];
        }
        return [.. values.OfType<string>().Distinct()];
    }

    private static int Popularity(int? value, string path, List<string> problems)
    {
        if (value is < 0 or > 100)
        {
            problems.Add($"{path}: 0 to 100");
        }
        return value ?? 0;
    }

    private static AlbumType AlbumTypeOf(string? value, string path, List<string> problems)
    {
        switch (value ?? "album")
        {
            case "album":
                return AlbumType.Album;
            case "single":
                return AlbumType.Single;
            case "compilation":
                return AlbumType.Compilation;
            default:
                problems.Add($"{path}: album, single or compilation");
                return AlbumType.Album;
        }
    }

    private static ReleaseDate ReleaseDateOf(string? value, string path, List<string> problems)
    {
        var formats = new (string Format, ReleaseDatePrecision Precision)[]
        {
            ("yyyy-MM-dd", ReleaseDatePrecision.Day), ("yyyy-MM", ReleaseDatePrecision.Month), ("yyyy", ReleaseDatePrecision.Year),
        };
        foreach (var (format, precision) in formats)
        {
            if (DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1000)
            {
                return new ReleaseDate(date, precision);
            }
        }
        problems.Add($"{path}: YYYY, YYYY-MM or YYYY-MM-DD");
        return new ReleaseDate(DateOnly.MinValue, ReleaseDatePrecision.Year);
    }

    [GeneratedRegex("^[0-9]{12,13}$")]
    private static partial Regex UpcPattern();

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$")]
    private static partial Regex IsrcPattern();
}
