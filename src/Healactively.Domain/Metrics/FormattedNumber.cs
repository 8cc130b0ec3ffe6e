using System.Globalization;
using Healactively.Domain.Journal;

namespace Healactively.Domain.Metrics;

/// <summary>
/// A number as <see cref="MetricFormat.FormatNumber"/> writes it, formatted straight into an interpolated string
/// (no intermediate string): invariant culture, at most 2 decimals, no trailing zeros.
/// </summary>
internal readonly struct FormattedNumber(decimal value) : ISpanFormattable
{
    public decimal Value { get; } = value;

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        // Most values (whole minutes and metres, medians ending in .5) have at most 2 decimals: no rounding needed.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(Value, bits);
        var rounded = Value;
        if (((bits[3] >> 16) & 0xFF) > 2)
        {
            rounded = Math.Round(Value, 2, MidpointRounding.AwayFromZero);
            decimal.GetBits(rounded, bits);
        }

        // Fast path, almost every number a patient sees: a mantissa below 2^32.
        if (bits[1] == 0 && bits[2] == 0)
        {
            return bits[0] == 0
                ? Written("0".TryCopyTo(destination), 1, out charsWritten) // also -0.001, which would print as "-0"
                : TryFormatSmall((uint)bits[0], (bits[3] >> 16) & 0xFF, bits[3] < 0, destination, out charsWritten);
        }

        if (!rounded.TryFormat(destination, out var length, "F2", CultureInfo.InvariantCulture))
        {
            return Written(false, 0, out charsWritten);
        }

        // "32.50" → "32.5", "45.00" → "45".
        while (destination[length - 1] == '0')
        {
            length--;
        }

        if (destination[length - 1] == '.')
        {
            length--;
        }

        return Written(true, length, out charsWritten);
    }

    private static bool TryFormatSmall(uint mantissa, int scale, bool negative, Span<char> destination, out int charsWritten)
    {
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        var divisor = scale == 0 ? 1u : scale == 1 ? 10u : 100u;
        var length = 0;
        if (negative)
        {
            if (destination.IsEmpty)
            {
                return Written(false, 0, out charsWritten);
            }

            destination[length++] = '-';
        }

        if (!(mantissa / divisor).TryFormat(destination[length..], out var integerLength, default, CultureInfo.InvariantCulture))
        {
            return Written(false, 0, out charsWritten);
        }

        length += integerLength;
        if (scale > 0)
        {
            if (destination.Length < length + 1 + scale)
            {
                return Written(false, 0, out charsWritten);
            }

            destination[length++] = '.';
            var fraction = mantissa % divisor;
            if (scale == 2)
            {
                destination[length++] = (char)('0' + (fraction / 10));
                fraction %= 10;
            }

            destination[length++] = (char)('0' + fraction);
        }

        return Written(true, length, out charsWritten);
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString()
    {
        Span<char> buffer = stackalloc char[40];
        return TryFormat(buffer, out var written, default, null) ? new string(buffer[..written]) : string.Empty;
    }

    private static bool Written(bool success, int length, out int charsWritten)
    {
        charsWritten = success ? length : 0;
        return success;
    }
}

/// <summary>A distance as <see cref="MetricFormat.FormatDistance"/> writes it, without an intermediate string.</summary>
internal readonly struct FormattedDistance(decimal meters, DistanceUnit unit) : ISpanFormattable
{
    private const decimal MetersPerKilometre = 1000m;

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        unit switch
        {
            DistanceUnit.Miles => destination.TryWrite(CultureInfo.InvariantCulture, $"{new FormattedNumber(meters / MetricFormat.MetersPerMile)} mi", out charsWritten),
            _ when Math.Abs(meters) < MetersPerKilometre => destination.TryWrite(CultureInfo.InvariantCulture, $"{new FormattedNumber(meters)} m", out charsWritten),
            _ => destination.TryWrite(CultureInfo.InvariantCulture, $"{new FormattedNumber(Kilometres(meters))} km", out charsWritten),
        };

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");

    /// <summary>Metres to kilometres exactly, by moving the decimal point (a decimal division is far slower).</summary>
    internal static decimal Kilometres(decimal meters)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(meters, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        return scale <= 25 ? new decimal(bits[0], bits[1], bits[2], bits[3] < 0, (byte)(scale + 3)) : meters / MetersPerKilometre;
    }
}

/// <summary>Two distances in one unit, as <see cref="MetricFormat.FormatDistanceChange"/> writes them.</summary>
internal readonly struct FormattedDistanceChange(decimal fromMeters, decimal toMeters, DistanceUnit unit) : ISpanFormattable
{
    private const decimal MetersPerKilometre = 1000m;

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var (from, to, symbol) = unit == DistanceUnit.Miles
            ? (fromMeters / MetricFormat.MetersPerMile, toMeters / MetricFormat.MetersPerMile, "mi")
            : Math.Abs(fromMeters) < MetersPerKilometre && Math.Abs(toMeters) < MetersPerKilometre
                ? (fromMeters, toMeters, "m")
                : (FormattedDistance.Kilometres(fromMeters), FormattedDistance.Kilometres(toMeters), "km");
        return destination.TryWrite(
            CultureInfo.InvariantCulture, $"{new FormattedNumber(from)} → {new FormattedNumber(to)} {symbol}", out charsWritten);
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
}

/// <summary>
/// The difference between two distances as a sentence prints it beside <see cref="FormattedDistanceChange"/>: computed from
/// the two rounded values that change prints (so "0.75 → 0.99 mi" is 0.24 mi, never 0.25), in metres below 1 km.
/// </summary>
internal readonly struct FormattedDistanceDifference(decimal fromMeters, decimal toMeters, DistanceUnit unit) : ISpanFormattable
{
    private const decimal MetersPerKilometre = 1000m;

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (unit == DistanceUnit.Miles)
        {
            var miles = Printed(toMeters / MetricFormat.MetersPerMile) - Printed(fromMeters / MetricFormat.MetersPerMile);
            return destination.TryWrite(CultureInfo.InvariantCulture, $"{new FormattedNumber(Math.Abs(miles))} mi", out charsWritten);
        }

        var meters = Math.Abs(fromMeters) < MetersPerKilometre && Math.Abs(toMeters) < MetersPerKilometre
            ? Printed(toMeters) - Printed(fromMeters)
            : (Printed(FormattedDistance.Kilometres(toMeters)) - Printed(FormattedDistance.Kilometres(fromMeters))) * MetersPerKilometre;
        return new FormattedDistance(Math.Abs(meters), DistanceUnit.Kilometres).TryFormat(destination, out charsWritten, format, provider);
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");

    /// <summary>A value as <see cref="FormattedNumber"/> prints it: rounded half away from zero to 2 decimals.</summary>
    internal static decimal Printed(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
