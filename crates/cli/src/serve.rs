//! `svcat serve [--port N] [--listen ADDR] [--open]`: the local web page and JSON API.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use clap::Args;

use super::{Cli, exit};
use svcat_core::error::Error;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// 端口；0 表示由系统任选一个空闲端口
    #[arg(long, default_value_t = 8080)]
    pub port: u16,

    /// 监听的地址：127.0.0.1 只有本机能访问；其他地址（如 0.0.0.0）会让局域网中的电脑也能打开页面、上传文件
    #[arg(long, value_name = "ADDR", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub listen: IpAddr,

    /// 启动后用默认浏览器打开页面
    #[arg(long)]
    pub open: bool,
}

pub fn run(args: &ServeArgs, _cli: &Cli) -> Result<u8, Error> {
    let addr = SocketAddr::new(args.listen, args.port);
    if !args.listen.is_loopback() {
        eprintln!(
            "警告：svcat 正在监听 {}，同一网络中的其他电脑也能打开这个页面并上传文件；只在本机使用时请去掉 --listen",
            args.listen
        );
    }
    svcat_serve::serve(svcat_serve::Options { addr }, |bound| {
        // The page's address: the loopback one when listening everywhere.
        let shown = if bound.ip().is_unspecified() {
            SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), bound.port())
        } else {
            bound
        };
        let url = format!("http://{shown}/");
        // A stable line: scripts and tests read the address from it.
        println!("svcat 已启动：{url}  按 Ctrl+C 停止");
        use std::io::Write;
        let _ = std::io::stdout().flush();
        if args.open
            && let Err(e) = opener::open_browser(&url)
        {
            eprintln!("无法打开浏览器（{e}），请手动打开 {url}");
        }
    })?;
    Ok(exit::CLEAN)
}
