// Float formatting and parsing for test/Programs/rust-floats.test. Rust
// formats floats itself (shortest round trip for {} and {:?}), so every
// platform must print the same digits; the arithmetic is the correctly
// rounded kind (+ - * / sqrt mul_add, conversions).
/// Hides a value from the optimiser (std::hint::black_box is not stable in
/// Rust 1.63).
fn opaque<T: Copy>(x: T) -> T {
    unsafe { std::ptr::read_volatile(&x) }
}

fn show(name: &str, v: f64) {
    println!("{:<10} {} | {:?} | {:e} | {:.3} | {:+.1e} | {:>12.4} | {:<8.0}| {:016x}",
             name, v, v, v, v, v, v, v, v.to_bits());
}

fn main() {
    let values = [
        ("zero", 0.0),
        ("neg-zero", -0.0),
        ("one", 1.0),
        ("tenth", 0.1),
        ("third", 1.0 / 3.0),
        ("big", 1e300),
        ("1e21", 1e21),
        ("1e22", 1e22),
        ("2^53+1", 9007199254740993.0),
        ("max", f64::MAX),
        ("min-pos", f64::MIN_POSITIVE),
        ("tiny", f64::from_bits(1)),
        ("subnormal", f64::from_bits(0x000f_ffff_ffff_ffff)),
        ("epsilon", f64::EPSILON),
        ("inf", f64::INFINITY),
        ("-inf", f64::NEG_INFINITY),
        ("half", 2.5),
        ("-1.5", -1.5),
    ];
    for (name, v) in values {
        show(name, v);
    }
    // NaN: Rust prints "NaN" whatever its sign and payload.
    println!("nan: {} {:?} is_nan {} sign_negative {}", f64::NAN, -f64::NAN, f64::NAN.is_nan(), (-f64::NAN).is_sign_negative());

    let singles = [0.1f32, 1.0 / 3.0, f32::MAX, f32::MIN_POSITIVE, f32::from_bits(1), 16777217.0];
    for v in singles {
        println!("f32 {} | {:?} | {:e} | {:08x} | as f64 {}", v, v, v, v.to_bits(), v as f64);
    }

    let inputs = ["0.1", "1e23", "2.2250738585072011e-308", "4.9e-324", "2e-324", "1e-400",
                  "1.7976931348623157e308", "1.8e308", "-0", "inf", "-infinity", "NaN",
                  "9007199254740993", "123456789012345678901234567890", "1_0", " 1", "0x10", ".5", "5."];
    for s in inputs {
        match s.parse::<f64>() {
            Ok(v) => println!("parse {:?} = {:?} ({:016x})", s, v, v.to_bits()),
            Err(e) => println!("parse {:?}: {}", s, e),
        }
    }

    let (a, b, c) = (opaque(0.1f64), opaque(0.2f64), opaque(3.0f64));
    println!("0.1+0.2 = {}", a + b);
    println!("0.1*3 = {}", a * c);
    println!("1/3 = {}", 1.0 / c);
    println!("sqrt(2) = {}", (c - 1.0).sqrt());
    println!("mul_add(0.1, 3, -0.3) = {:e}", a.mul_add(c, -0.3));
    println!("floor {} ceil {} trunc {} round {} fract {}", (-c / 2.0).floor(), (-c / 2.0).ceil(),
             (-c / 2.0).trunc(), (-c / 2.0).round(), (c / 2.0).fract());
    println!("min/max with NaN: {} {}", f64::NAN.min(a), a.max(f64::NAN));
    println!("copysign {} abs {:?} signum {}", c.copysign(-0.0), (-0.0f64).abs(), (-c).signum());
    // `as` saturates and maps NaN to 0 (no trap), unlike wasm's trunc.
    println!("as i32: {} {} {} {}", 1e10f64 as i32, -1e10f64 as i32, f64::NAN as i32, -2.9f64 as i32);
    println!("as u8: {} {} {}", 300.0f64 as u8, -5.0f64 as u8, 255.9f64 as u8);
    println!("i64 to f64: {} {}", i64::MAX as f64, (u64::MAX as f64) as u64);
    println!("to_degrees {} to_radians {}", std::f64::consts::PI.to_degrees(), 180f64.to_radians());
    let sum: f64 = (1..=1000).map(|i| 1.0 / i as f64).sum();
    println!("harmonic(1000) = {}", sum);
    println!("total_cmp sort: {:?}", {
        let mut v = vec![2.0, -0.0, f64::INFINITY, 0.0, -1.0, f64::NEG_INFINITY, f64::MIN_POSITIVE];
        v.sort_by(|x, y| x.total_cmp(y));
        v
    });
}
