//! `statusbrowse check` on a large transcript: a 1 MB `curl -iL` run of
//! redirects ending in a page, and a 1 MB `curl -v` one, read and linted
//! in full. The target is under 20 ms for 1 MB.

fn main() {
    divan::main();
}

/// About `bytes` of `curl -iL` output: chains of three redirects and a
/// 200 with a few kilobytes of HTML, over and over.
fn curl_il(bytes: usize) -> Vec<u8> {
    let page = "<p>".to_owned() + &"lorem ipsum dolor sit amet ".repeat(100) + "</p>\n";
    let mut out = Vec::with_capacity(bytes + 4096);
    let mut hop = 0;
    while out.len() < bytes {
        hop += 1;
        for (code, reason) in [(301, "Moved Permanently"), (308, "Permanent Redirect"), (302, "Found")] {
            out.extend_from_slice(
                format!(
                    "HTTP/1.1 {code} {reason}\r\nDate: Thu, 03 Dec 2026 10:00:00 GMT\r\nLocation: /hop/{hop}/{code}\r\nContent-Length: 0\r\n\r\n"
                )
                .as_bytes(),
            );
        }
        out.extend_from_slice(
            format!(
                "HTTP/2 200\r\ndate: Thu, 03 Dec 2026 10:00:00 GMT\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\r\n{page}",
                page.len()
            )
            .as_bytes(),
        );
    }
    out
}

fn curl_v(bytes: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes + 4096);
    let mut index = 0;
    while out.len() < bytes {
        index += 1;
        out.extend_from_slice(
            format!(
                "* Trying 192.0.2.1:443...\n> GET /items/{index} HTTP/1.1\n> Host: api.example.com\n> Accept: */*\n>\n< HTTP/1.1 404 Not Found\n< Date: Thu, 03 Dec 2026 10:00:00 GMT\n< Content-Type: application/json\n< Content-Length: 27\n<\n{{\"error\": \"no such item\"}}\n* Connection #0 to host api.example.com left intact\n"
            )
            .as_bytes(),
        );
    }
    out
}

#[divan::bench(args = [1_000_000])]
fn curl_include_redirects(bencher: divan::Bencher, bytes: usize) {
    let input = curl_il(bytes);
    let catalog = statusbrowse::catalog::Catalog::builtin();
    bencher.bench(|| statusbrowse::check::check(&input, &catalog).expect("the generated transcript reads"));
}

#[divan::bench(args = [1_000_000])]
fn curl_verbose_requests(bencher: divan::Bencher, bytes: usize) {
    let input = curl_v(bytes);
    let catalog = statusbrowse::catalog::Catalog::builtin();
    bencher.bench(|| statusbrowse::check::check(&input, &catalog).expect("the generated transcript reads"));
}
