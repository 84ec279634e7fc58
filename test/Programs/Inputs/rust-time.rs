// Clocks for test/Programs/rust-time.test: only facts that hold on any
// correct platform are printed.
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn verdict(ok: bool) -> &'static str {
    if ok { "ok" } else { "WRONG" }
}

fn main() {
    let start = Instant::now();
    let mut prev = start;
    let mut backwards = 0;
    for _ in 0..100_000 {
        let now = Instant::now();
        if now < prev {
            backwards += 1;
        }
        prev = now;
    }
    println!("instant never goes back: {}", verdict(backwards == 0));

    let before = Instant::now();
    thread::sleep(Duration::from_millis(25));
    let slept = before.elapsed();
    println!("sleep 25 ms took >= 25 ms: {}", verdict(slept >= Duration::from_millis(25) && slept < Duration::from_secs(10)));
    println!("elapsed grows: {}", verdict(start.elapsed() >= slept));
    println!("checked_sub: {}", verdict(start.checked_duration_since(Instant::now()).unwrap_or_default() == Duration::ZERO));

    let now = SystemTime::now();
    let since = now.duration_since(UNIX_EPOCH).expect("after 1970");
    println!("system time plausible: {}", verdict(since.as_secs() > 1_704_067_200 && since.as_secs() < 4_102_444_800));
    println!("system time has sub-second part: {}", verdict(since.subsec_nanos() < 1_000_000_000));
    let later = SystemTime::now();
    println!("system time ordered: {}", verdict(later.duration_since(now).is_ok() || now.duration_since(later).unwrap() < Duration::from_secs(1)));

    // Duration arithmetic is pure computation.
    let d = Duration::new(5, 750_000_000) * 3 + Duration::from_micros(1500);
    println!("duration: {:?} = {} ms = {:.3} s", d, d.as_millis(), d.as_secs_f64());
    println!("from_secs_f64(0.1): {:?}, saturating_sub: {:?}", Duration::from_secs_f64(0.1),
             Duration::from_secs(1).saturating_sub(Duration::from_secs(2)));
    let t = UNIX_EPOCH + Duration::from_secs(1_234_567_890);
    println!("epoch + 1234567890 s: {:?} after the epoch", t.duration_since(UNIX_EPOCH).unwrap());
}
