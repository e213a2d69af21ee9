using System.Collections.Immutable;

namespace Spotify.Grains.Catalog.Demo;

internal static class DemoGenres
{
    public static readonly ImmutableArray<DemoGenre> All =
    [
        new("rock",
            ["The Copper Lanterns", "Static Harbor", "Velvet Engines"],
            ["Rust", "Highway", "Amplified", "Midnight", "Gravel", "Thunder"],
            ["Burning", "Broken", "Electric", "Restless", "Heavy", "Wild", "Loud", "Lonely"],
            ["Road", "Engine", "Heart", "Sky", "Fire", "Machine", "City", "Storm"],
            "Harbor Records"),
        new("jazz",
            ["Mara Okafor Quartet", "Blue Lantern Trio", "Theo Vance"],
            ["Nocturne", "Smoke", "Standards", "Uptown", "Brass", "Velvet"],
            ["Blue", "Slow", "Late", "Smoky", "Gentle", "Quiet", "Swinging", "Lazy"],
            ["Moon", "Avenue", "Waltz", "Hour", "Rain", "Corner", "Serenade", "Train"],
            "Round Midnight Music"),
        new("electronic",
            ["Neon Drift", "Kairo Flux", "Circuit Garden"],
            ["Pulse", "Signal", "Voltage", "Horizon", "Parallax", "Chroma"],
            ["Digital", "Infinite", "Glowing", "Synthetic", "Distant", "Liquid", "Binary", "Hyper"],
            ["Dream", "Wave", "Grid", "Orbit", "Code", "Light", "Loop", "Echo"],
            "Flux Audio"),
        new("hip hop",
            ["Lyric Forge", "MC Juniper", "Block Theory"],
            ["Concrete", "Vinyl", "Blueprint", "Ciphers", "Crown", "Basement"],
            ["Fresh", "Golden", "Real", "Heavy", "Smooth", "Hungry", "Proper", "Bold"],
            ["Flow", "Block", "Story", "Rhyme", "Hustle", "Beat", "Dream", "Verse"],
            "Cipher House"),
        new("classical",
            ["Aurora Chamber Orchestra", "Elena Marchetti", "Northgate String Quartet"],
            ["Preludes", "Variations", "Sonatas", "Nocturnes", "Suites", "Etudes"],
            ["Andante", "Allegro", "Adagio", "Largo", "Presto", "Moderato", "Vivace", "Lento"],
            ["in D", "in G minor", "in E flat", "in A", "in C sharp", "in F", "in B minor", "in D minor"],
            "Meridian Classics"),
        new("folk",
            ["Willow & Stone", "Hazel Brooks", "The Barley Road"],
            ["Hearth", "Meadow", "Driftwood", "Harvest", "Lantern", "Hollow"],
            ["Old", "Green", "Silver", "Wandering", "Little", "Golden", "Quiet", "Northern"],
            ["River", "Song", "Field", "Shore", "Mountain", "Hills", "Valley", "Morning"],
            "Timber Hall Records"),
    ];
}
